// The interface's words. They live in locales/<code>/page.ftl (Fluent);
// scripts/page-strings.mjs compiles them into strings/<code>.js, one module
// per language, imported when the page first speaks it (loadStrings) with the
// language's names of formats and languages (names/<code>.js), and
// strings.js, the list of languages and their own names. Rule messages,
// places and the names of formats come from the Rust core's catalogues
// (locales/<code>/checker.ftl), in the same language; these are only what
// the page itself says.

import { LANGS, LANG_NAMES } from './strings.js';

export { LANGS, LANG_NAMES };

/** The tables of the languages loaded so far, by code. */
export const STRINGS = {};

/**
 * The names of formats, file kinds and languages in each language loaded so far, by code:
 * the core's words (names/<code>.js, from its catalogue), which its module gives with the page's.
 */
export const NAMES = {};

/**
 * Loads the page's words in `lang` (one of LANGS), and its names, once; `t` uses them from
 * then on. The module's address is made from this file's, so a bundler (scripts/site.mjs)
 * leaves the seven languages' modules apart rather than putting them all in the element's file.
 */
export async function loadStrings(lang) {
  if (!STRINGS[lang]) {
    const words = await import(new URL(`./strings/${lang}.js`, import.meta.url).href);
    NAMES[lang] = words.names;
    STRINGS[lang] = words.default;
  }
  return STRINGS[lang];
}

/** Languages written right to left. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** `rtl` or `ltr`, for the `dir` attribute. */
export function dirOf(lang) {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** The first of the browser's preferred languages that we speak (else English). */
export function pickLang(preferred = globalThis.navigator?.languages ?? []) {
  for (const tag of preferred) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (LANGS.includes(primary)) return primary;
  }
  return 'en';
}

/** Intl's formatters made so far, by kind, locale and options. */
const formatters = new Map();

/**
 * An Intl formatter (`new Kind(locale, options)`), made once and kept: making one costs far
 * more than using it (a report writes dozens of numbers), and the first of a kind costs
 * tens of milliseconds on a slow phone (ICU's data).
 */
export function formatter(Kind, locale, options) {
  const key = `${Kind.name} ${locale} ${JSON.stringify(options ?? {})}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Kind(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/**
 * One value as the language writes it: numbers grouped its way (2 500, 2.500, 2,500); in
 * right-to-left text a name is isolated (FSI … PDI) so a Latin file name keeps its order.
 */
function show(lang, value) {
  if (typeof value === 'number') return formatter(Intl.NumberFormat, lang).format(value);
  return dirOf(lang) === 'rtl' ? `\u2068${value}\u2069` : String(value);
}

/** The variant of a choice: an equal number first, then the CLDR plural category, then the default. */
function choose(lang, x, value) {
  if (x.o[String(value)] !== undefined) return x.o[String(value)];
  if (typeof value === 'number') {
    const category = formatter(Intl.PluralRules, lang).select(value);
    if (x.o[category] !== undefined) return x.o[category];
  }
  return x.o[x.d];
}

function fill(lang, pattern, values) {
  if (typeof pattern === 'string') return pattern;
  let out = '';
  for (const e of pattern) {
    if (typeof e === 'string') out += e;
    else if (e.v !== undefined) out += e.v in values ? show(lang, values[e.v]) : `{${e.v}}`;
    else out += fill(lang, choose(lang, e, values[e.s]), values);
  }
  return out;
}

/**
 * `t(lang, key, values)`: the text for `key` with its values filled in (numbers as numbers, for
 * plurals), once `loadStrings(lang)` has loaded them.
 */
export function t(lang, key, values = {}) {
  const pattern = STRINGS[lang]?.[key] ?? STRINGS.en?.[key] ?? key;
  return fill(lang, pattern, values);
}
