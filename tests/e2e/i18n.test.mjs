// The interface's words (locales/*/page.ftl, compiled into www/strings/<code>.js):
// every language has every key with the same values, a plural form for every
// count its language distinguishes (Intl.PluralRules, CLDR's), every key the
// element uses exists, and no English is left in another language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, STRINGS, dirOf, loadStrings, pickLang, t } from '../../www/i18n.js';
import { root } from './browser.mjs';

// Every language's table, as the page imports each when it first speaks it.
await Promise.all(LANGS.map(loadStrings));

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 101, 1_000_000];

/** The names a pattern uses, and the choices in it as [name, keys]. */
function walk(pattern, names = new Set(), choices = []) {
  if (typeof pattern === 'string') return { names, choices };
  for (const e of pattern) {
    if (typeof e === 'string') continue;
    if (e.v !== undefined) names.add(e.v);
    else {
      names.add(e.s);
      choices.push([e.s, Object.keys(e.o)]);
      for (const v of Object.values(e.o)) walk(v, names, choices);
    }
  }
  return { names, choices };
}

/** A number for every value of a pattern. */
const sample = (pattern, n) => Object.fromEntries([...walk(pattern).names].map((name) => [name, n]));

test('the seven languages of the core are the page’s', () => {
  assert.deepEqual(LANGS, ['ar', 'en', 'es', 'fr', 'pt', 'ru', 'zh']);
  assert.equal(dirOf('ar'), 'rtl');
  assert.equal(dirOf('zh'), 'ltr');
});

test('every language has exactly the English keys, with the same values', () => {
  const english = Object.keys(STRINGS.en).sort();
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(STRINGS[lang]).sort(), english, lang);
    for (const key of english)
      assert.deepEqual(
        [...walk(STRINGS[lang][key]).names].sort(),
        [...walk(STRINGS.en[key]).names].sort(),
        `${lang} ${key}`,
      );
  }
});

test('every choice has a form for each count its language distinguishes', () => {
  for (const lang of LANGS) {
    const rules = new Intl.PluralRules(lang);
    const categories = new Set([...Array(1200).keys(), ...COUNTS].map((n) => rules.select(n)));
    for (const [key, pattern] of Object.entries(STRINGS[lang])) {
      for (const [name, keys] of walk(pattern).choices) {
        for (const k of keys)
          assert.ok(/^\d+$/.test(k) || k === 'other' || categories.has(k), `${lang} ${key}: [${k}] is not a category`);
        for (const c of categories)
          assert.ok(keys.includes(c) || c === 'other', `${lang} ${key}: $${name} lacks [${c}]`);
      }
      for (const n of COUNTS) {
        const text = t(lang, key, sample(pattern, n));
        assert.ok(!/[{}]|\((s|es)\)/.test(text), `${lang} ${key} (${n}): ${text}`);
      }
    }
  }
});

test('no English is left in another language', () => {
  // Names that stay as they are, and words English uses that French, Spanish and Portuguese do not.
  const names =
    /\b(PDF|Word|LibreOffice|Google|Docs|OpenDocument|Outlook|Windows|Apple|Mail|Thunderbird|Firefox|Chrome|Edge|Safari|Message|Send|Again|Edit|as|New|eml|docx|docm|odt|XMP)\b/g;
  const english = /\b(the|this|your|with|which|would|should|have|been|from|their|what|when|where|please|click|file)\b/i;
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    // Every count, so that a variant only some counts choose (Arabic [zero], French [many]) is read too.
    for (const [key, n] of Object.keys(STRINGS.en).flatMap((k) => COUNTS.map((n) => [k, n]))) {
      const text = t(lang, key, sample(STRINGS[lang][key], n)).replace(names, '');
      if (['ar', 'zh', 'ru'].includes(lang)) assert.ok(!/[A-Za-z]{2,}/.test(text), `${lang} ${key} (${n}): ${text}`);
      else assert.ok(!english.test(text), `${lang} ${key} (${n}): ${text}`);
    }
  }
});

test('every key the element and the page use exists', () => {
  const source = ['checker-element.js', 'app.js'].map((f) => readFileSync(join(root, 'www', f), 'utf8')).join('\n');
  const used = new Set(
    [...source.matchAll(/data-t="([\w.-]+)"/g), ...source.matchAll(/\bt\([^,]+, '([\w.-]+)'/g)].map((m) => m[1]),
  );
  assert.ok(used.size > 30, `only ${used.size} keys found: the pattern is wrong`);
  for (const key of used) assert.ok(key in STRINGS.en, `${key} is used but not defined`);
});

test("the language comes from the browser's list, and plurals follow each language", () => {
  assert.equal(pickLang(['de-CH', 'fr-CH', 'en']), 'fr');
  assert.equal(pickLang(['pt_BR']), 'pt');
  assert.equal(pickLang(['zh-CN']), 'zh');
  assert.equal(pickLang(['de', 'it']), 'en');
  // CLDR: French uses the singular for 0 and 1; English only for 1; Russian 2–4 and 5–20 differ.
  assert.equal(t('fr', 'to-fix', { n: 0 }), '0 point à corriger avant l’envoi.');
  assert.equal(t('en', 'to-fix', { n: 0 }), '0 things to fix before sending.');
  assert.equal(t('es', 'to-fix', { n: 2 }), '2 cosas que corregir antes de enviar.');
  assert.notEqual(t('ru', 'words.count', { n: 2 }).replace('2', ''), t('ru', 'words.count', { n: 5 }).replace('5', ''));
  // Numbers are written the language's way.
  assert.equal(t('fr', 'words.count', { n: 2500 }), '2\u202f500 mots');
});
