// Where the words are, on the page: after checking a document over the word
// limit (tests/e2e/artifacts/over-limit.docx, written by
// `cargo run --example make_fixture`), the element shows a bar per section in
// document order with the largest marked, emphasised because the limit is
// passed; a screen reader gets the same figures as a table; the figures are
// the report's `sections`, and each section's words are the fixture's own text
// counted here. At 360 px nothing scrolls sideways, and axe finds no WCAG 2.2
// A/AA violation. Run after `bash scripts/build-web`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, axeViolations, checkFile, launch, openPage, serveWww, wordsOf } from './browser.mjs';

const overLimit = join(artifacts, 'over-limit.docx');
const shadow = (page, selector) => page.locator('submission-checker').locator(selector);

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('an over-limit document shows its words per section, as bars and as a table with the same figures', async () => {
  const { context, page, errors } = await openPage(browser, `${url}?today=2024-05-10&lang=en`, {
    viewport: { width: 360, height: 740 },
  });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const side = JSON.parse(readFileSync(`${overLimit}.json`, 'utf8'));
  const report = await checkFile(page, overLimit);

  // Over the limit, and the sections are the fixture's, in its order, with its words.
  assert.ok(report.words.counted > report.words.limit, JSON.stringify(report.words));
  assert.ok(report.findings.some((f) => f.rule === 'word-limit' && f.severity === 'error'));
  assert.deepEqual(
    report.sections.map((s) => [s.heading, s.level, s.words]),
    side.sections.map((s) => [s.heading, s.level, wordsOf([s.heading ?? '', ...s.paragraphs])]),
  );
  assert.equal(
    report.sections.reduce((n, s) => n + s.words, 0),
    report.words.body,
  );

  // Shown, and emphasised because the limit is passed.
  const box = shadow(page, '#sections');
  await box.waitFor({ state: 'visible' });
  assert.match(await box.getAttribute('class'), /\bover\b/);
  assert.ok(await shadow(page, '#sections-over').isVisible());

  // The bars: one per section in document order; the largest ("Cases documented in 2023") marked in words too.
  const bars = await shadow(page, '#bars > li').evaluateAll((rows) =>
    rows.map((li) => ({
      label: li.querySelector('.bar-label').textContent,
      figure: li.querySelector('.bar-figure').textContent,
      largest: li.classList.contains('largest'),
      width: li.querySelector('.bar').getBoundingClientRect().width,
    })),
  );
  assert.deepEqual(
    bars.map((b) => b.label),
    report.sections.map((s) => s.heading ?? 'Before the first heading'),
  );
  assert.deepEqual(
    bars.filter((b) => b.largest).map((b) => b.label),
    ['Cases documented in 2023'],
  );
  assert.match(bars.find((b) => b.largest).figure, /· largest$/);
  const widest = Math.max(...bars.map((b) => b.width));
  assert.equal(bars.find((b) => b.largest).width, widest);
  assert.equal(await shadow(page, '#bars').getAttribute('aria-hidden'), 'true');

  // The table a screen reader gets: the same figures as report.sections.
  const total = report.sections.reduce((n, s) => n + s.words, 0);
  const rows = await shadow(page, '#sections-rows > tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)),
  );
  assert.deepEqual(
    rows.map(([heading, words, share]) => [heading, Number(words.replace(/\D/g, '')), share]),
    report.sections.map((s) => [
      (s.heading ?? 'Before the first heading') + (s.heading === 'Cases documented in 2023' ? ' (largest)' : ''),
      s.words,
      `${Math.round((s.words * 100) / total)}%`,
    ]),
  );
  const snapshot = await box.ariaSnapshot();
  assert.match(snapshot, /table "Words per section, by heading"/, snapshot);
  assert.match(snapshot, /rowheader "Cases documented in 2023 \(largest\)"/, snapshot);
  assert.doesNotMatch(snapshot, /listitem/, 'the bars are not read twice');

  assert.equal(await overflow(), 0);
  await page.screenshot({ path: join(artifacts, 'sections-phone.png'), fullPage: true });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a document without two headings shows no chart', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  const report = await checkFile(page, join(artifacts, 'contribution.docx'));
  assert.ok(report.sections.length < 2);
  assert.ok(await shadow(page, '#sections').isHidden());
  await context.close();
});
