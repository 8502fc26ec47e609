// The standalone page (www/index.html) in headless Chromium: a real DOCX is
// checked, nothing leaves the page, a trapped wasm instance is replaced, the
// layout holds at 360 px, and axe finds no WCAG A/AA violation.
// Run by `bash scripts/test`, which builds www/pkg and the fixtures first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  artifacts,
  axeViolations,
  checkFile,
  fixture,
  launch,
  openPage,
  serveWww,
  sharedData,
  wordsOf,
} from './browser.mjs';

const corpusData = sharedData('corpus', 'manifest.tsv');
const corpus = corpusData.path;
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

test('a real DOCX is checked on the page: verdict first, figures, the exact subject', async () => {
  const { context, page, errors, cspViolations } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  const side = JSON.parse(readFileSync(`${fixture}.json`, 'utf8'));
  const report = await checkFile(page, fixture);
  assert.equal(report.call, 'emler-2024');

  const figures = await shadow(page, '#figures').textContent();
  assert.match(figures, new RegExp(`${wordsOf(side.paragraphs)} of 2,500 allowed`), figures);
  assert.match(figures, /Links1/);
  assert.match(await shadow(page, '#verdict').textContent(), /^Ready to send/);
  // The verdict comes before the details in reading order.
  const order = await page.evaluate(() => {
    const r = document.querySelector('submission-checker').shadowRoot;
    return (
      r.getElementById('verdict').compareDocumentPosition(r.getElementById('figures')) &
      Node.DOCUMENT_POSITION_FOLLOWING
    );
  });
  assert.ok(order);

  const href = await shadow(page, '#mailto').getAttribute('href');
  // The browser's own URL parser gives back the call's exact subject ("Email subject line: EMLER 2024 Report").
  const link = new URL(href);
  assert.equal(link.protocol, 'mailto:');
  assert.equal(link.pathname, '', 'the 2024 call gives no address, so the link has no recipient');
  assert.equal(link.searchParams.get('subject'), 'EMLER 2024 Report');
  assert.match(link.searchParams.get('body'), /contribution\.docx/);
  // The hint is shown, never used as the recipient.
  assert.match(await shadow(page, '#no-address').textContent(), /ohchr-emler@un\.org/);
  assert.ok(!href.includes('ohchr-emler'));
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a DOCX that meets the rules but holds comments, a deletion and hidden text gets the amber verdict', async () => {
  const { context, page, errors } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  const dirty = join(artifacts, 'dirty.docx');
  const side = JSON.parse(readFileSync(`${dirty}.json`, 'utf8'));
  const report = await checkFile(page, dirty);
  assert.equal(report.ready, true, "the call's rules are met");
  assert.equal(report.verdict, 'ready-with-warnings');
  assert.deepEqual([...report.would_publish].sort(), [...side.would_publish].sort());
  const verdict = shadow(page, '#verdict');
  assert.match(await verdict.textContent(), /^Meets the call’s rules, but 3 things in it would be published/);
  assert.match(await verdict.getAttribute('class'), /\bwarn\b/);
  assert.doesNotMatch(await verdict.textContent(), /^Ready to send/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unreadable file gets a clear message, not a broken page', async () => {
  const { context, page, errors } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  await checkFile(page, {
    name: 'broken.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\x03\x04 this is not really a zip'),
  });
  assert.match(await shadow(page, '#verdict').textContent(), /to fix/);
  assert.match(await shadow(page, '#findings').textContent(), /cannot be opened|damaged/);
  assert.ok(await shadow(page, '#send').isHidden(), 'no email is offered for a file that cannot be read');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the wasm instance traps, a fresh worker takes over and the person is told', async () => {
  // The test-only request `trap-for-test` (www/worker.js) makes the real
  // instance trap with RuntimeError: unreachable, as a panic would.
  const { context, page, errors } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  await page.evaluate(() => {
    document.querySelector('submission-checker')._trapNextCheckForTest = true;
  });
  await shadow(page, '#file').setInputFiles(fixture);
  await page.waitForFunction(() =>
    /stopped while reading/.test(
      document.querySelector('submission-checker').shadowRoot.getElementById('status').textContent,
    ),
  );
  assert.equal(await page.evaluate(() => document.querySelector('submission-checker').worker.restarts), 1);
  assert.ok(await shadow(page, '#results').isHidden());
  // The page is not dead: the same file is checked by the new worker.
  const report = await checkFile(page, fixture);
  assert.equal(report.ready, true);
  assert.match(await shadow(page, '#verdict').textContent(), /Ready to send/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a slow check shows a progress indicator and announces the elapsed time', async () => {
  // Reading the file is made to take 1.5 s (as from a slow disk), so the
  // check takes longer than the 200 ms after which progress must show.
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function slowly() {
      return new Promise((ok) => setTimeout(ok, 1500)).then(() => read.call(this));
    };
  });
  const started = Date.now();
  await shadow(page, '#file').setInputFiles(fixture);
  await shadow(page, '#progress').waitFor({ state: 'visible', timeout: 1000 });
  assert.ok(Date.now() - started < 1000);
  assert.match(await shadow(page, '#status').textContent(), /Checking contribution\.docx/);
  assert.equal(await shadow(page, '#status').getAttribute('aria-live'), 'polite');
  assert.equal(await shadow(page, '#progress-bar').getAttribute('aria-label'), 'Checking contribution.docx…');
  await page.waitForFunction(() =>
    /1 s/.test(document.querySelector('submission-checker').shadowRoot.getElementById('elapsed').textContent),
  );
  await shadow(page, '#results').waitFor({ state: 'visible' });
  assert.ok(await shadow(page, '#progress').isHidden());
  assert.match(await shadow(page, '#status').textContent(), /Checked contribution\.docx: Ready to send/);
  await context.close();
});

test('at 360 px wide nothing scrolls sideways, before and after a check', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`, {
    viewport: { width: 360, height: 740 },
  });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  await checkFile(page, join(artifacts, 'long-title.docx'));
  await shadow(page, '#eml[href]').waitFor();
  assert.equal(await overflow(), 0);
  await page.screenshot({ path: join(artifacts, 'phone.png'), fullPage: true });
  await context.close();
});

test('axe finds no WCAG 2.2 A/AA violation on the standalone page, before and after a check', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  assert.deepEqual(await axeViolations(page), []);
  await checkFile(page, {
    name: 'broken.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\x03\x04 broken'),
  });
  assert.deepEqual(await axeViolations(page), []);
  await checkFile(page, fixture);
  await shadow(page, '#eml[href]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('everything can be done with the keyboard alone, in a sensible order', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  // Listening for the file chooser turns on Playwright's interception of it, a
  // protocol call that is not ordered with key presses: listen before the
  // first Tab, not together with the Space that opens it.
  const chooserOpened = page.waitForEvent('filechooser');
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.id || el?.tagName;
    });
  const stops = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused());
  }
  assert.deepEqual(stops, ['lang', 'call', 'file']);
  // On the file input, Space opens the file chooser.
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  const done = page.evaluate(
    () =>
      new Promise((ok) => document.querySelector('submission-checker').addEventListener('checked', ok, { once: true })),
  );
  await chooser.setFiles(fixture);
  await done;
  assert.equal(await focused(), 'results-title', 'focus moves to the result');
  await shadow(page, '#eml[href]').waitFor();
  const after = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    after.push(await focused());
  }
  assert.deepEqual(after, ['copy-subject', 'organisation', 'contact', 'mailto', 'eml', 'BODY']);
  await context.close();
});

test('a corpus DOCX shows the count pandoc gives', corpusData.options, async () => {
  corpusData.require();
  // unstructured__eng_spa_mult.docx: pandoc --track-changes=accept -t plain | wc -w (manifest.tsv).
  const manifest = readFileSync(join(corpus, 'manifest.tsv'), 'utf8').split('\n');
  const header = manifest[0].split('\t');
  const row = manifest.find((l) => l.startsWith('docx/unstructured__eng_spa_mult.docx'));
  const pandoc = Number(row.split('\t')[header.indexOf('ref_words_pandoc_accept')]);
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  const report = await checkFile(page, join(corpus, 'docx', 'unstructured__eng_spa_mult.docx'));
  assert.equal(report.words.counted, pandoc);
  const figures = await shadow(page, '#figures').textContent();
  assert.equal(Number(figures.match(/Words([\d,]+)/)[1].replace(/,/g, '')), pandoc, figures);
  await context.close();
});
