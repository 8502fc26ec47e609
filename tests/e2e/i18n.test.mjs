// The interface's words (www/i18n.js): every language has every key, every
// key the element uses exists, and placeholders match across languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, STRINGS, pickLang, t } from '../../www/i18n.js';
import { root } from './browser.mjs';

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every language has exactly the English keys, with the same placeholders', () => {
  const english = Object.keys(STRINGS.en).sort();
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(STRINGS[lang]).sort(), english, lang);
    for (const key of english)
      assert.deepEqual(placeholders(STRINGS[lang][key]), placeholders(STRINGS.en[key]), `${lang} ${key}`);
  }
});

test('every key the element and the page use exists', () => {
  const source = ['submission-checker.js', 'app.js'].map((f) => readFileSync(join(root, 'www', f), 'utf8')).join('\n');
  const used = new Set(
    [...source.matchAll(/data-t="([\w.-]+)"/g), ...source.matchAll(/\bt\([^,]+, '([\w.-]+)'/g)].map((m) => m[1]),
  );
  assert.ok(used.size > 30, `only ${used.size} keys found: the pattern is wrong`);
  for (const key of used)
    assert.ok(key in STRINGS.en || `${key}.other` in STRINGS.en, `${key} is used but not defined`);
});

test("the language comes from the browser's list, and plurals follow each language", () => {
  assert.equal(pickLang(['de-CH', 'fr-CH', 'en']), 'fr');
  assert.equal(pickLang(['pt_BR']), 'pt');
  assert.equal(pickLang(['zh-CN']), 'en');
  // CLDR: French uses the singular for 0 and 1; English only for 1.
  assert.equal(t('fr', 'to-fix', { n: 0 }), '0 point à corriger avant l’envoi.');
  assert.equal(t('en', 'to-fix', { n: 0 }), '0 things to fix before sending.');
  assert.equal(t('es', 'to-fix', { n: 2 }), '2 cosas que corregir antes de enviar.');
});
