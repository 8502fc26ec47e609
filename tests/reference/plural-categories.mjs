// Writes tests/reference/plural-categories.tsv: the CLDR plural category of
// each count the message tests render with, in each of the seven languages,
// as ICU says through Node's Intl.PluralRules. Run:
//   node tests/reference/plural-categories.mjs > tests/reference/plural-categories.tsv
// src/messages/tests.rs reads the table (it must not ask our own locale.rs).
const counts = [0, 1, 2, 3, 5, 11, 21, 101, 1000000];
const languages = ['ar', 'en', 'es', 'fr', 'pt', 'ru', 'zh'];
console.log(
  `# Intl.PluralRules (Node ${process.versions.node}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}); made by tests/reference/plural-categories.mjs`,
);
console.log(['lang', ...counts].join('\t'));
for (const lang of languages) {
  const rules = new Intl.PluralRules(lang);
  console.log([lang, ...counts.map((n) => rules.select(n))].join('\t'));
}
