// The first visit on a slow mobile connection (issue 22; BENCHMARKS.md,
// "First visit on a slow connection"): headless Chromium with the network
// emulated through the DevTools protocol and the CPU slowed 4× (a mid-range
// phone), against the project's own server (www/serve.mjs), each visit in a
// fresh context (empty cache, no service worker yet).
//
// For each network profile, two visits: one checks a 2,500-word DOCX, the
// other a 2,500-word PDF, each chosen as soon as the element says it is ready.
// Reported, from the start of navigation: the element ready
// (`data-ready=true`), the verdict, and the bytes on the wire (headers and
// encoded bodies, the page and its workers) before the verdict.
//
//   node scripts/bench-network.mjs
// Settings (environment):
//   BENCH_FILES   folder with 2500.docx and 2500.pdf (default tests/e2e/artifacts/bench;
//                 `cargo run --release --example bench_files -- tests/e2e/artifacts/bench`)
//   BENCH_URL     benchmark a server already running there instead of starting www/serve.mjs
//   BENCH_RUNS    visits per profile and file (default 1; the median is shown)
//   BENCH_OUT     also write the results as JSON to this file
//   BENCH_PROFILE only this profile ('Slow 3G' or 'Fast 3G')
//   BENCH_LIST    list each request counted, with its body's size on the wire
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { launch, root, serveWww } from '../tests/e2e/browser.mjs';

const files = process.env.BENCH_FILES ?? join(root, 'tests', 'e2e', 'artifacts', 'bench');
const runs = Number(process.env.BENCH_RUNS ?? 1);

// Chrome DevTools' presets: throughput in bytes per second, latency in ms.
const PROFILES = {
  'Slow 3G': { latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 },
  'Fast 3G': { latency: 150, downloadThroughput: (1440 * 1000) / 8, uploadThroughput: (675 * 1000) / 8 },
};
const CPU_SLOWDOWN = 4;

/** One first visit: opens the page throttled, checks `file` once ready; times in ms from navigation start. */
async function visit(browser, url, profile, file) {
  const context = await browser.newContext();
  const finished = [];
  // Playwright reports the page's and its workers' requests alike.
  context.on('requestfinished', (r) => finished.push({ at: Date.now(), request: r }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[profile] });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(() => {
    // Times on the page's own clock (0 = navigation start).
    window.__bench = {};
    new MutationObserver(() => {
      const el = document.querySelector('submission-checker');
      if (el?.dataset.ready === 'true' && window.__bench.ready == null) window.__bench.ready = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
    document.addEventListener(
      'checked',
      (e) => {
        window.__bench.verdict ??= performance.now();
        window.__bench.verdictName = e.detail?.verdict;
      },
      true,
    );
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('submission-checker[data-ready=true]', { timeout: 120000 });
  const checked = page.evaluate(
    () =>
      new Promise((ok) => {
        if (window.__bench.verdict != null) ok();
        else document.addEventListener('checked', () => ok(), { once: true });
      }),
  );
  await page.locator('submission-checker').locator('#file').setInputFiles(file);
  await checked;
  const verdictWall = Date.now();
  const { ready, verdict, verdictName } = await page.evaluate(() => window.__bench);
  let bytes = 0;
  let requests = 0;
  for (const f of finished) {
    if (f.at > verdictWall) continue;
    const s = await f.request.sizes();
    const response = await f.request.response();
    // Chromium reports no body size for a worker's own script: its Content-Length then (the
    // encoded body www/serve.mjs sent), so every byte on the wire is counted.
    const body = s.responseBodySize || Number((await response?.allHeaders())?.['content-length'] ?? 0);
    bytes += s.responseHeadersSize + body + s.requestHeadersSize;
    requests += 1;
    if (process.env.BENCH_LIST) {
      // When each request started and ended, in s from navigation (the waterfall).
      const t = f.request.timing();
      const from = ((t.startTime - started) / 1000).toFixed(2);
      const to = ((t.startTime + t.responseEnd - started) / 1000).toFixed(2);
      console.log(`  ${from}–${to} s ${body} B ${response?.status()} ${f.request.url()}`);
    }
  }
  await context.close();
  return { ready, verdict, bytes, requests, verdictName, wall: verdictWall - started };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = process.env.BENCH_URL ? null : await serveWww();
const url = process.env.BENCH_URL ?? server.url;
const browser = await launch();
const results = [];
try {
  for (const profile of Object.keys(PROFILES)) {
    if (process.env.BENCH_PROFILE && process.env.BENCH_PROFILE !== profile) continue;
    for (const name of ['2500.docx', '2500.pdf']) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await visit(browser, url, profile, join(files, name)));
      const row = {
        profile,
        file: name,
        ready: median(samples.map((s) => s.ready)),
        verdict: median(samples.map((s) => s.verdict)),
        bytes: median(samples.map((s) => s.bytes)),
        requests: median(samples.map((s) => s.requests)),
        verdictName: samples[0].verdictName,
      };
      results.push(row);
      console.log(
        `${profile.padEnd(8)} ${name.padEnd(10)} ready ${(row.ready / 1000).toFixed(2)} s  verdict ${(row.verdict / 1000).toFixed(2)} s  ` +
          `${(row.bytes / 1000).toFixed(1)} KB in ${row.requests} requests before the verdict (${row.verdictName})`,
      );
    }
  }
} finally {
  await browser.close();
  server?.server.close();
}
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(results, null, 2));
