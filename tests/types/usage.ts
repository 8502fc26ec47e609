// Compiled (not run) by `npx tsc -p tests/types`: code an embedding page
// would write must type-check against www/types.d.ts, and misuse must not.
import type { CallProfile, CheckerBindings, Finding, Report } from '../../www/submission-checker.js';

const el = document.querySelector('submission-checker');
if (el) {
  el.addEventListener('checked', (e) => {
    const report = (e as CustomEvent<Report>).detail;
    const errors: Finding[] = report.findings.filter((f) => f.severity === 'error');
    const words: number | null = report.words.counted;
    const where = errors[0]?.location?.paragraph ?? errors[0]?.location?.page;
    console.log(report.ready, words, where, report.mailto.length <= 1800);
  });
  void el.setLang('fr');
  // @ts-expect-error: the interface speaks en, fr, es and pt only.
  void el.setLang('de');
  const profile: CallProfile | null = el.profile;
  console.log(profile?.email ?? profile?.email_hint);
}

const profile: CallProfile = {
  id: 'consultation-2025',
  title: 'Public consultation',
  word_limit: 2500,
  formats: ['docx', 'pdf'],
  hyperlinks: 'requested',
};
// @ts-expect-error: formats are the core's ids, not free text.
const wrong: CallProfile = { id: 'x', title: 'T', formats: ['word'] };

declare const bindings: CheckerBindings;
const draft = bindings.draft(new Uint8Array(), 'a.docx', profile, { lang: 'es', now: Date.now() });
const eml: string = draft.eml;
console.log(eml, wrong);
