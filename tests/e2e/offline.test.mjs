// The second visit with the network off (issue 22): the first visit leaves
// the checker's files with its service worker (www/sw.js), so after
// `context.setOffline(true)` a reload shows the checker ready within a second
// and checks a DOCX and a PDF, with no request reaching the network. An element with
// `no-service-worker` registers nothing. A new build (www/sw-files.js
// changed on the server) is kept beside the old one and taken on the next
// visit, never by the page that found it (the test rewrites sw-files.js and
// puts it back). A first visit that loses the network before the reader it
// needs has arrived says so in the person's language, and checks the file
// once the network is back.
// Needs the fixture (`cargo run --example make_fixture -- tests/e2e/artifacts/contribution.docx`)
// and the bench files (`cargo run --example bench_files -- tests/e2e/artifacts/bench`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, checkFile, fixture, launch, openPage, root, serveWww } from './browser.mjs';
import { loadStrings, t } from '../../www/i18n.js';

await loadStrings('fr');

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('second visit offline: ready within 1 s from the service worker, and a DOCX and a PDF checked', async (t) => {
  const { context, page, errors, cspViolations } = await openPage(browser, `${url}?today=2024-05-10`);
  await page.waitForSelector('submission-checker[data-offline=ready]', { timeout: 30000 });
  // The first visit stays on the network (sw.js does not claim it); the reload is the service worker's.

  await context.setOffline(true);
  const online = [];
  page.on('requestfailed', (r) => online.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.reload({ waitUntil: 'commit' });
  await page.waitForSelector('submission-checker[data-ready=true]', { timeout: 10000 });
  // On the page's own clock, from the start of the reload's navigation.
  const ready = await page.evaluate(() => {
    const el = document.querySelector('submission-checker');
    return el.dataset.ready === 'true' ? performance.now() : null;
  });
  t.diagnostic(`ready ${ready.toFixed(0)} ms after the offline reload started`);
  assert.ok(ready <= 1000, `ready ${ready.toFixed(0)} ms after the offline reload started`);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the service worker');

  const report = await checkFile(page, fixture);
  assert.equal(report.file.format, 'docx');
  assert.ok(report.words.counted > 0, 'the offline check counted the words');
  // The PDF module was kept too (www/sw-files.js), though the first visit checked no PDF.
  const pdf = await checkFile(page, join(artifacts, 'bench', '2500.pdf'));
  assert.equal(pdf.file.format, 'pdf');
  assert.equal(pdf.error, undefined, JSON.stringify(pdf.error));
  assert.ok(pdf.words.counted > 0, 'the offline PDF check counted the words');
  assert.deepEqual(online, [], 'nothing needed the network');
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no-service-worker: the element registers nothing', async () => {
  const context = await browser.newContext();
  // The standalone page as an embedding page with its own service worker would write it.
  await context.route(url, async (route) => {
    const page = await (await route.fetch()).text();
    await route.fulfill({
      body: page.replace('<submission-checker ', '<submission-checker no-service-worker '),
      contentType: 'text/html',
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('submission-checker[no-service-worker][data-ready=true]');
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
});

test('a new build is taken on the next visit, not by the page that found it', async () => {
  const list = join(root, 'site', 'sw-files.js');
  const built = readFileSync(list, 'utf8');
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(`${url}?today=2024-05-10`);
    await first.waitForSelector('submission-checker[data-offline=ready]', { timeout: 30000 });
    const version = () => first.evaluate(async () => (await caches.keys()).sort());
    const [old] = await version();

    // The server now has another build: its list names another version.
    writeFileSync(list, built.replace(/"version":"([0-9a-f]+)"/, '"version":"$1-next"'));
    await first.reload();
    await first.waitForSelector('submission-checker[data-ready=true]');
    // The page that found it keeps the build it runs; the new one is kept beside it and waits.
    // Bounded: a wait that never ends would hang the whole run instead of failing this test.
    const waiting = await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const until = Date.now() + 20000;
      while (!registration.waiting && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
      return Boolean(registration.waiting);
    });
    assert.ok(waiting, 'the new build is installed and waits within 20 s of the reload');
    assert.equal(await first.evaluate(() => navigator.serviceWorker.controller.state), 'activated');
    assert.deepEqual(await version(), [old, `${old}-next`].sort());
    const report = await checkFile(first, fixture);
    assert.equal(report.file.format, 'docx', 'a check during the update runs on the old build');
    await first.close();

    // The next visit runs the new build, and the old copy is gone.
    const next = await context.newPage();
    await next.goto(`${url}?today=2024-05-10`);
    await next.waitForSelector('submission-checker[data-ready=true]');
    await next.evaluate(async () => {
      const until = Date.now() + 20000;
      while ((await caches.keys()).length > 1 && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
    });
    assert.deepEqual(await next.evaluate(async () => caches.keys()), [`${old}-next`]);
  } finally {
    writeFileSync(list, built);
    await context.close();
  }
});

test('a first visit that loses the network before its reader arrives says so, and checks once it is back', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}?today=2024-05-10&lang=fr`);
  // Ready from the page's own files; the quiet-moment prefetch waits 2 s without a check.
  await page.waitForSelector('submission-checker[data-ready=true]');
  const host = page.locator('submission-checker');
  assert.equal(await host.getAttribute('data-prefetched'), null, 'no reader fetched yet');
  await context.setOffline(true);
  const status = host.locator('#status');
  await host.locator('#file').setInputFiles(fixture);
  await page.waitForFunction(
    (text) => document.querySelector('submission-checker').shadowRoot.getElementById('status').textContent === text,
    t('fr', 'load-failed'),
  );
  assert.equal(await status.textContent(), t('fr', 'load-failed'));
  assert.equal(await host.locator('#verdict').isVisible(), false, 'no verdict on a file that was not read');

  await context.setOffline(false);
  const report = await checkFile(page, fixture);
  assert.equal(report.file.format, 'docx');
  assert.ok(report.words.counted > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
