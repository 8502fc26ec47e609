// The clean copy in the browser (BENCHMARKS.md, "Clean copy in the browser";
// issue 19): on bench/index.html in headless Chromium, the worker's `clean`
// (www/pkg-clean, imported on first use) on the generated 100-page DOCX and
// 300-page PDF, then the check of the copy, as the page's "Make a clean copy"
// does. Per file: the first call on a fresh worker (module import and
// compile included), then at least 3 warm-up runs, then BENCH_RUNS timed
// runs (median kept). Prints JSON.
//   node scripts/bench-clean.mjs        (after bash scripts/build-web and
//   cargo run --release --example bench_files -- bench/out/files)
// Environment: BENCH_RUNS (default 5), BENCH_FILES (default 100p.docx,300p.pdf),
// BENCH_FILES_DIR (default bench/out/files; must be inside the repository).
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launch, root } from '../tests/e2e/browser.mjs';
import { serve } from '../www/serve.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const names = (process.env.BENCH_FILES ?? '100p.docx,300p.pdf').split(',');
const dir = process.env.BENCH_FILES_DIR ? resolve(process.env.BENCH_FILES_DIR) : join(root, 'bench', 'out', 'files');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

const { server, url } = await serve(root);
const browser = await launch();
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadavg: loadavg().map((x) => round(x)),
    chromium: browser.version(),
  },
  runs,
  files: [],
};
try {
  const page = await (await browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}bench/index.html`);
  await page.waitForFunction(() => window.bench);
  for (const name of names) {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`${path} is missing (cargo run --release --example bench_files -- ${dir})`);
    const href = `/${relative(root, path).split('\\').join('/')}`;
    await page.evaluate(() => window.bench.fresh());
    const call = () => page.evaluate(([h, n]) => window.bench.clean(h, n), [href, name]);
    const first = await call();
    for (let w = 0; w < 3; w++) await call();
    const timed = [];
    for (let r = 0; r < runs; r++) timed.push(await call());
    result.files.push({
      name,
      bytes: statSync(path).size,
      copy: { name: first.name, bytes: first.size, removed: first.removed, words: first.words },
      first: { cleanMs: round(first.ms), checkMs: round(first.checkMs) },
      cleanMs: { median: round(median(timed.map((t) => t.ms))), runs: timed.map((t) => round(t.ms)) },
      checkCopyMs: { median: round(median(timed.map((t) => t.checkMs))), runs: timed.map((t) => round(t.checkMs)) },
    });
  }
  if (errors.length) throw new Error(errors.join('\n'));
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result, null, 2));
