// Sending, in headless Chromium: the .eml draft is built on the page and
// downloaded through a blob: link, and Python's `email` package gets back the
// exact subject, body and attachment bytes; the mailto stays within 1,800
// characters; copy buttons work; and no request leaves the page through a
// whole check and send.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, checkFile, fixture, hasPython, launch, openPage, readEmlWithPython, serveWww } from './browser.mjs';

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

/** Clicks the .eml link and returns the saved file's path. */
async function downloadEml(page, name) {
  await shadow(page, '#eml[href^="blob:"]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), shadow(page, '#eml').click()]);
  const path = join(artifacts, name);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename() };
}

test('check → .eml download: Python reads back the subject, the typed names and the very same file', {
  skip: !hasPython() && 'no python3',
}, async () => {
  const name = 'Contribución_Perú_ΕΛΛΑΔΑ_中文.docx';
  const input = join(artifacts, name);
  copyFileSync(fixture, input);
  const { context, page, requests, errors, cspViolations } = await openPage(
    browser,
    `${url}?today=2024-05-10&lang=es&call=emler-2024`,
  );
  const loaded = requests.length;

  await checkFile(page, input);
  await shadow(page, '#organisation').fill('Asociação Ñandú & Co — 中文');
  await shadow(page, '#contact').fill('María-José Ελένη');
  await page.waitForFunction(() => {
    const a = document.querySelector('submission-checker').shadowRoot.getElementById('mailto');
    return decodeURIComponent(a.href).includes('Ελένη');
  });
  const { path, suggested } = await downloadEml(page, 'downloaded.eml');
  assert.equal(suggested, 'Contribución_Perú_ΕΛΛΑΔΑ_中文.eml');

  const m = readEmlWithPython(path);
  assert.equal(m.subject, 'EMLER 2024 Report'); // the call: "Email subject line: EMLER 2024 Report"
  assert.equal(m.to, null, 'the 2024 call gives no address; the hint is not the recipient');
  assert.equal(m.unsent, '1');
  assert.equal(m.mime, '1.0');
  assert.ok(Math.abs(new Date(m.date) - Date.now()) < 3600e3, `Date: ${m.date}`);
  assert.equal(m.defects, 0);
  for (const text of ['Asociação Ñandú & Co — 中文', 'María-José Ελένη', name])
    assert.ok(m.body.includes(text), `${text} not in:\n${m.body}`);
  assert.equal(m.files.length, 1);
  assert.equal(m.files[0].name, name);
  assert.equal(m.files[0].type, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.ok(m.files[0].bytes.equals(readFileSync(input)), 'the attachment is byte-identical to the chosen file');

  // The mailto carries the same note (the browser's URL parser decodes it).
  const link = new URL(await shadow(page, '#mailto').getAttribute('href'));
  assert.equal(link.searchParams.get('subject'), 'EMLER 2024 Report');
  for (const text of ['Asociação Ñandú & Co — 中文', 'María-José Ελένη'])
    assert.ok(link.searchParams.get('body').includes(text));

  assert.deepEqual(
    requests.slice(loaded).map((r) => r.url),
    [],
    'no request after load, through a check and an .eml download',
  );
  // Clicking the mailto link hands it to the mail app. Playwright lists that
  // hand-over as a navigation "request" to the mailto: URL itself; nothing
  // goes to any network address, and the page stays where it is.
  const before = page.url();
  await page.evaluate(() => document.querySelector('submission-checker').shadowRoot.getElementById('mailto').click());
  await page.waitForTimeout(300);
  const after = requests.slice(loaded);
  assert.ok(
    after.every((r) => r.url === link.href),
    `only the mailto hand-over: ${after.map((r) => r.url).join(', ')}`,
  );
  assert.ok(!after.some((r) => /^(https?|wss?|ftp):/.test(r.url)));
  assert.equal(page.url(), before);
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(
    errors.filter((e) => !/mailto/.test(e)),
    [],
  );
  await context.close();
});

test('a call with an address: the draft and the mailto have To and Cc, and accents survive', {
  skip: !hasPython() && 'no python3',
}, async () => {
  const { context, page } = await openPage(browser, `${url}example-call.html`);
  // Reconfigure the embedded element by attributes, as a secretariat would.
  await page.evaluate(() => {
    const el = document.querySelector('submission-checker');
    el.setAttribute('email', 'registry@ohchr.org');
    el.setAttribute('cc', 'copy@un.org');
    el.setAttribute('subject', 'Contribución — Informe 2025 (ΕΛΛΑΔΑ / 中文)');
    el.setAttribute('today', '2024-05-10');
  });
  await page.waitForFunction(
    () => document.querySelector('submission-checker').profile?.email === 'registry@ohchr.org',
  );
  await checkFile(page, fixture);
  const link = new URL(await shadow(page, '#mailto').getAttribute('href'));
  assert.equal(decodeURIComponent(link.pathname), 'registry@ohchr.org');
  assert.equal(link.searchParams.get('cc'), 'copy@un.org');
  assert.equal(link.searchParams.get('subject'), 'Contribución — Informe 2025 (ΕΛΛΑΔΑ / 中文)');
  const { path } = await downloadEml(page, 'with-address.eml');
  const m = readEmlWithPython(path);
  assert.equal(m.to, 'registry@ohchr.org');
  assert.equal(m.cc, 'copy@un.org');
  assert.equal(m.subject, 'Contribución — Informe 2025 (ΕΛΛΑΔΑ / 中文)');
  assert.ok(m.files[0].bytes.equals(readFileSync(fixture)));
  await context.close();
});

test('a 3,000-character title keeps the mailto within 1,800 characters, subject whole', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=fr`);
  const title = JSON.parse(readFileSync(join(artifacts, 'long-title.docx.json'), 'utf8')).title;
  const report = await checkFile(page, join(artifacts, 'long-title.docx'));
  assert.equal(report.title, title, 'the reader found the stored title');
  await shadow(page, '#organisation').fill('Organisation au nom très long '.repeat(20));
  await page.waitForFunction(() =>
    decodeURIComponent(document.querySelector('submission-checker').shadowRoot.getElementById('mailto').href).includes(
      'très long',
    ),
  );
  const href = await shadow(page, '#mailto').getAttribute('href');
  assert.ok(href.length <= 1800, `${href.length} characters`);
  const link = new URL(href);
  assert.equal(link.searchParams.get('subject'), 'EMLER 2024 Report');
  assert.ok(link.searchParams.get('body').length > 0);
  await context.close();
});

test('copy buttons put the exact subject and address on the clipboard', async () => {
  const { context, page } = await openPage(browser, `${url}example-call.html`, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.evaluate(() => document.querySelector('submission-checker').setAttribute('email', 'registry@ohchr.org'));
  await page.waitForFunction(
    () => document.querySelector('submission-checker').profile?.email === 'registry@ohchr.org',
  );
  await checkFile(page, fixture);
  await shadow(page, '#copy-subject').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'EMLER 2024 Report');
  await shadow(page, '#copy-to').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'registry@ohchr.org');
  assert.match(await shadow(page, '#status').textContent(), /registry@ohchr\.org/);
  await context.close();
});

test('without the Clipboard API, copying falls back to a selection', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`);
  await checkFile(page, fixture);
  await page.evaluate(() => {
    window.__copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.addEventListener('copy', (e) => window.__copied.push(String(e.composedPath()[0].value ?? '')), true);
  });
  await shadow(page, '#copy-subject').click();
  assert.deepEqual(await page.evaluate(() => window.__copied), ['EMLER 2024 Report']);
  await context.close();
});
