// The <submission-checker> element's styles, adopted into its Shadow DOM as a
// constructed stylesheet: no <style> element (which a strict style-src would
// block) and no extra request. Colours meet WCAG 2.2 AA contrast on white.
export default `
:host { display: block; --sc-fg: #1b1b1b; --sc-bg: #fff; --sc-muted: #4a4a4a; --sc-accent: #005a9c;
  --sc-error: #a4001d; --sc-warning: #7a4b00; --sc-info: #2b4a6b; --sc-ok: #1d6b2a;
  color: var(--sc-fg); background: var(--sc-bg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
[hidden] { display: none !important; }
/* Visually hidden without moving it sideways: a box pushed off to the left scrolls in right-to-left pages. */
.offscreen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
* { box-sizing: border-box; }
.sc { max-width: 52rem; }
.top { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: .5rem 1rem; }
.title { font-size: 1.35rem; margin: .6rem 0 .2rem; line-height: 1.25; }
.sub { font-size: 1.1rem; margin: 1.3rem 0 .4rem; }
.subsub { font-size: 1rem; margin: .9rem 0 .3rem; }
.privacy { color: var(--sc-muted); margin: .2rem 0 .8rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
.lang label { display: inline; margin-inline-end: .4rem; }
select, input, button { font: inherit; max-width: 100%; }
select, input[type=text] { padding: .4rem; border: 1px solid #767676; border-radius: .25rem; color: var(--sc-fg); background: #fff; }
input[type=text], .call select { width: 100%; }
.field { margin: .6rem 0; }
.drop { border: 2px dashed #767676; border-radius: .5rem; padding: 1rem; }
.drop.over { border-color: var(--sc-accent); background: #eef5fb; }
.hint { color: var(--sc-muted); margin: .3rem 0 0; font-size: .95rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
/* Names, addresses and subjects keep their own direction inside right-to-left text (and the reverse). */
.facts dd, .send .value, .finding .where { unicode-bidi: plaintext; }
.progress { display: flex; align-items: center; gap: .6rem; margin: .6rem 0 0; }
.progress progress { width: 10rem; max-width: 50%; }
.status { min-height: 1.5em; margin: .5rem 0; }
.verdict { font-size: 1.2rem; font-weight: 700; padding: .6rem .8rem; border-radius: .4rem; margin: .4rem 0; }
.verdict.ready { color: var(--sc-ok); background: #e8f5ea; }
.verdict.fix { color: var(--sc-error); background: #fbeaec; }
.verdict.warn { color: #6b4200; background: #fff3dc; }
.verdict .more { display: block; font-size: 1rem; font-weight: 400; color: var(--sc-fg); }
.clean { border-left: 4px solid var(--sc-warning); padding: .3rem .8rem; margin: .6rem 0; }
.clean p { margin: .3rem 0; }
.clean-made { font-weight: 600; }
.clean-error { color: var(--sc-error); font-weight: 600; }
.removed { margin: .3rem 0; padding-left: 1.2rem; }
.uses { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
button[aria-disabled=true] { background: #fff; color: var(--sc-muted); border-color: #767676; cursor: progress; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border-inline-start: 4px solid var(--sc-info); padding: .3rem .8rem; margin: .5rem 0; }
.finding.error { border-color: var(--sc-error); }
.finding.warning { border-color: var(--sc-warning); }
.finding p { margin: .2rem 0; }
.finding .msg { font-weight: 600; }
.finding .where { color: var(--sc-muted); }
.finding .rule { color: var(--sc-muted); font-size: .85rem; }
.sev-error { color: var(--sc-error); }
.sev-warning { color: var(--sc-warning); }
.sev-info { color: var(--sc-info); }
/* Where the words are: a bar per section, the largest marked in colour and in words. */
.sections { margin: .8rem 0; }
.sections.over { border-inline-start: 4px solid var(--sc-error); padding-inline-start: .8rem; }
.sections-over { font-weight: 600; margin: .3rem 0; }
.bars { list-style: none; padding: 0; margin: .5rem 0; }
.bar-row { margin: .45rem 0; }
.bar-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 .6rem; }
.bar-label { min-width: 0; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.bar-row.before .bar-label { font-style: italic; }
.bar-row.largest .bar-label { font-weight: 700; }
.bar-track { display: block; margin-top: .15rem; height: .75rem; background: #e8e8e8; border-radius: .2rem; overflow: hidden; }
.bar { display: block; height: 100%; min-width: 2px; background: var(--sc-accent); }
.bar-row.largest .bar { background: var(--sc-warning); }
.bar-figure { font-size: .9rem; color: var(--sc-muted); white-space: nowrap; }
.bar-row.largest .bar-figure { color: var(--sc-warning); font-weight: 600; }
.send .row { margin: .5rem 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .8rem; }
.send .value { font-weight: 600; overflow-wrap: anywhere; }
.actions { display: flex; flex-direction: column; align-items: flex-start; gap: .2rem; margin: .8rem 0; }
.button, button { display: inline-block; background: var(--sc-accent); color: #fff; padding: .55rem 1rem; border: 2px solid var(--sc-accent);
  border-radius: .4rem; text-decoration: none; font-weight: 600; cursor: pointer; text-align: start; }
button.quiet { background: #fff; color: var(--sc-accent); padding: .2rem .6rem; font-size: .95rem; }
.button[aria-disabled=true] { background: #fff; color: var(--sc-muted); border-color: #767676; cursor: progress; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--sc-fg); outline-offset: 2px; box-shadow: 0 0 0 6px #ffdd00; }
@media (max-width: 30rem) {
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: .4rem; }
  .button, button { width: 100%; }
  button.quiet { width: auto; }
}
`;
