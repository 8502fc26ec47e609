// On a slow connection the file chooser works before the checker's code has
// arrived (issue 22). The network is Fast 3G through the DevTools protocol
// (scripts/bench-network.mjs), so each wasm module takes seconds to arrive
// and the choice is surely early.
// - The standalone page with a built-in call is ready before any wasm: a file
//   chosen then shows its progress while its reader arrives, and is checked.
// - A call set by attributes needs the core to read it: a file chosen before
//   that is shown as under way at once, and checked as soon as it can be.
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

/**
 * A fresh page on emulated Fast 3G, navigation just begun; records the URLs asked for, each
 * with its time (ms since the epoch), and when the element said it was ready (`readyAt()`).
 * `edit` may change the page's HTML on its way.
 */
async function slowPage(address, edit) {
  const context = await browser.newContext();
  if (edit)
    await context.route(address, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    });
  const page = await context.newPage();
  const errors = [];
  const asked = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  context.on('request', (r) => asked.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('submission-checker[data-ready=true]') && !window.__readyAt)
        window.__readyAt = performance.timeOrigin + performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1440 * 1000) / 8,
    uploadThroughput: (675 * 1000) / 8,
  });
  await page.goto(address, { waitUntil: 'commit' });
  const host = page.locator('submission-checker');
  const checked = page.evaluate(
    () =>
      new Promise((ok) => {
        const wait = () => {
          const el = document.querySelector('submission-checker');
          if (el) el.addEventListener('checked', (e) => ok(e.detail), { once: true });
          else requestAnimationFrame(wait);
        };
        wait();
      }),
  );
  const readyAt = () => page.evaluate(() => window.__readyAt);
  return { context, page, host, errors, asked, checked, readyAt };
}

test('a built-in call is ready before any wasm; a file chosen then shows its progress until its reader arrives', async () => {
  const { context, page, host, errors, asked, checked, readyAt } = await slowPage(`${url}?today=2024-05-10&lang=en`);
  await page.locator('submission-checker[data-ready=true]').waitFor({ timeout: 30000 });
  const ready = await readyAt();
  const core = asked.filter((r) => r.path.includes('/pkg'));
  assert.ok(
    core.every((r) => r.at > ready),
    `ready before any module of the core was asked for: ${JSON.stringify(core.map((r) => [r.path, r.at - ready]))}`,
  );
  await host.locator('#file').setInputFiles(fixture);
  await host.locator('#progress').waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await host.locator('#progress-bar').getAttribute('aria-label'), 'Checking contribution.docx…');

  const report = await checked;
  assert.equal(report.file.format, 'docx');
  const paths = asked.map((r) => r.path);
  assert.ok(paths.includes('/pkg/checker_wasm.js'), 'the DOCX module came for the file');
  assert.ok(!paths.some((p) => p.startsWith('/pkg-pdf/')), 'and not the PDF module, before the verdict');
  await host.locator('#verdict').waitFor({ state: 'visible' });
  assert.equal(await host.locator('#progress').isVisible(), false, 'the progress is gone with the verdict');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file chosen before a call set by attributes is read is queued, shown as under way, then checked', async () => {
  // The 2024 call with its word limit changed: a profile the core must read before the element is ready.
  const { context, host, errors, checked } = await slowPage(`${url}example-call.html`, (html) =>
    html.replace('call="emler-2024"', 'call="emler-2024" word-limit="3000"'),
  );
  await host.locator('#file').waitFor({ state: 'attached', timeout: 30000 });
  assert.equal(await host.getAttribute('data-ready'), null, 'chosen before the checker is ready');
  await host.locator('#file').setInputFiles(fixture);
  assert.equal(await host.getAttribute('data-ready'), null, 'still not ready when the file was taken');
  assert.equal(await host.locator('#progress').isVisible(), true, 'the progress shows at once');
  // Worded as soon as the page's words have arrived (they may still be on their way).
  await host.locator('#progress-bar[aria-label="Checking contribution.docx…"]').waitFor({ state: 'attached' });

  const report = await checked;
  assert.equal(report.file.format, 'docx');
  assert.equal(report.file.name, 'contribution.docx');
  assert.equal(await host.getAttribute('data-ready'), 'true');
  await host.locator('#verdict').waitFor({ state: 'visible' });
  assert.equal(await host.locator('#progress').isVisible(), false, 'the progress is gone with the verdict');
  assert.deepEqual(errors, []);
  await context.close();
});
