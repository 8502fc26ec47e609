// On a slow connection the file chooser works before the checker is ready
// (issue 22): a file chosen while the wasm is still arriving is shown as
// being checked at once, and checked as soon as the checker can. The network
// is Fast 3G through the DevTools protocol (scripts/bench-network.mjs), so
// the wasm's module takes seconds to arrive and the choice is surely early.
// Needs the fixture (`cargo run --example make_fixture -- tests/e2e/artifacts/contribution.docx`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, launch, serveWww } from './browser.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('a file chosen before the checker is ready is queued, shown as under way, then checked', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1440 * 1000) / 8,
    uploadThroughput: (675 * 1000) / 8,
  });
  await page.goto(`${url}?today=2024-05-10&lang=en`, { waitUntil: 'commit' });
  const host = page.locator('submission-checker');
  await host.locator('#file').waitFor({ state: 'attached', timeout: 30000 });
  assert.equal(await host.getAttribute('data-ready'), null, 'chosen before the checker is ready');
  const checked = page.evaluate(
    () =>
      new Promise((ok) =>
        document.querySelector('submission-checker').addEventListener('checked', (e) => ok(e.detail), { once: true }),
      ),
  );
  await host.locator('#file').setInputFiles(fixture);
  assert.equal(await host.getAttribute('data-ready'), null, 'still not ready when the file was taken');
  assert.equal(await host.locator('#progress').isVisible(), true, 'the progress shows at once');
  assert.equal(await host.locator('#progress-bar').getAttribute('aria-label'), 'Checking contribution.docx…');

  const report = await checked;
  assert.equal(report.file.format, 'docx');
  assert.equal(report.file.name, 'contribution.docx');
  assert.equal(await host.getAttribute('data-ready'), 'true');
  await host.locator('#verdict').waitFor({ state: 'visible' });
  assert.equal(await host.locator('#progress').isVisible(), false, 'the progress is gone with the verdict');
  assert.deepEqual(errors, []);
  await context.close();
});
