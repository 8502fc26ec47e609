// The browser bench's driver (run by scripts/bench-browser; BENCHMARKS.md,
// "Browser: side by side"). Serves the repository's root on 127.0.0.1, opens
// bench/index.html in headless Chromium (playwright-core, Debian's Chromium,
// the flags of tests/e2e/browser.mjs) and, file by file, times our whole check
// against pdf.js (PDF) or mammoth.js (DOCX) in the same page, one run of each
// in turn so a busy machine slows both alike, after a warm-up. Then one more run of each with
// the JS heap of the worker (or page) sampled through the DevTools protocol,
// for peak memory. Writes bench/out/results.json and results.md.
//
// Environment:
//   BENCH_RUNS=5        timed runs per file and contestant (median kept)
//   BENCH_QUICK=1       one run, no warm-up: a smoke test
//   BENCH_FILES=a,b     only these files (names in bench/out/files or the corpus)
//   BENCH_CORPUS=2      how many of the largest corpus PDFs and DOCX files to add (0: none)
//   BENCH_OUT=dir       where to write results (default bench/out)
//   BENCH_FILES_DIR=dir where examples/bench_files wrote the files (default
//                       bench/out/files); must be inside the repository
import { readdirSync, statSync, existsSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launch, root } from '../tests/e2e/browser.mjs';
import { serve } from '../www/serve.mjs';

const quick = process.env.BENCH_QUICK === '1';
const runs = quick ? 1 : Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_FILES ? new Set(process.env.BENCH_FILES.split(',')) : null;
const corpusCount = Number(process.env.BENCH_CORPUS ?? 2);
const out = process.env.BENCH_OUT ? resolve(process.env.BENCH_OUT) : join(root, 'bench', 'out');
const generated = process.env.BENCH_FILES_DIR
  ? resolve(process.env.BENCH_FILES_DIR)
  : join(root, 'bench', 'out', 'files');
const corpus = join(root, '..', 'shared', 'corpus');
// At least 3 warm-up runs of each, and at least 3 s of them (small files need many).
const WARM_UP = { runs: 3, ms: 3000, max: 40 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kind = (f) => (f.endsWith('.pdf') ? 'pdf' : 'docx');

/** The files to measure: the generated ones, then the largest corpus files of each kind. */
function benchFiles() {
  const files = ['2500.docx', '2500.pdf', '100p.docx', '300p.pdf'].map((f) => ({
    name: f,
    path: join(generated, f),
    source: 'generated',
  }));
  for (const k of ['pdf', 'docx']) {
    const dir = join(corpus, k);
    if (corpusCount === 0 || !existsSync(dir)) continue;
    const sorted = readdirSync(dir)
      .filter((f) => f.endsWith(`.${k}`))
      .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
    // Candidates in size order; the first `corpusCount` that both sides read are kept (see `measure`).
    files.push(
      ...sorted
        .slice(0, corpusCount + 3)
        .map((f) => ({ name: f, path: join(dir, f), source: 'corpus', optional: true })),
    );
  }
  return files.filter((f) => !only || only.has(f.name));
}

/**
 * Samples the JS heap of a target (a worker, or the page) through a
 * browser-level DevTools session, every `interval` ms until stopped; resolves
 * to the largest `usedSize` seen.
 */
async function heapSampler(cdp, targetId, interval = 20) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const waiting = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result);
    waiting.delete(m.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const ask = (method) =>
    new Promise((ok) => {
      const id = next++;
      waiting.set(id, ok);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => ok(null));
    });
  let peak = 0,
    running = true;
  const loop = (async () => {
    while (running) {
      const r = await ask('Runtime.getHeapUsage');
      if (r) peak = Math.max(peak, r.usedSize);
      await new Promise((ok) => setTimeout(ok, interval));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      return peak;
    },
  };
}

async function targetId(cdp, match) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find(match)?.targetId;
}

/** Bytes of `paths`, raw and gzip -9, as the page downloads them. */
function sizes(paths) {
  let raw = 0,
    gzip = 0;
  for (const p of paths) {
    const b = readFileSync(join(root, p));
    raw += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  return { files: paths, raw, gzip };
}

/** The .js files of a folder of www/. */
const scriptsIn = (dir) =>
  readdirSync(join(root, 'www', dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `www/${dir ? `${dir}/` : ''}${f}`);

function transferSizes() {
  // What the checker page loads: our page scripts (English), then the module
  // of the file's path, the wasm embedded in a JS module and its glue
  // (www/pkg for a DOCX, www/pkg-pdf for a PDF; www/worker.js). The .wasm
  // files are the same bytes and are not downloaded by the page; the DOCX
  // one is listed apart.
  const page = [
    ...scriptsIn('').filter((f) => !f.includes('secretariat') && f !== 'www/serve.mjs'),
    'www/strings/en.js',
    'www/names/en.js',
  ];
  return {
    oursDocx: sizes([...page, ...scriptsIn('pkg')]),
    oursPdf: sizes([...page, ...scriptsIn('pkg-pdf')]),
    oursWasmFile: sizes(['www/pkg/checker_bg.wasm']),
    pdfjs: sizes(['node_modules/pdfjs-dist/build/pdf.min.mjs', 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs']),
    mammoth: sizes(['node_modules/mammoth/mammoth.browser.min.js']),
  };
}

const version = (p) => JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version;

async function main() {
  const { server, url } = await serve(root);
  const browser = await launch();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      loadavg: loadavg().map((x) => Number(x.toFixed(2))),
      chromium: browser.version(),
    },
    versions: { pdfjs: version('pdfjs-dist'), mammoth: version('mammoth') },
    runs,
    quick,
    files: [],
    transfer: transferSizes(),
  };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}bench/index.html`);
    await page.waitForFunction(() => window.bench);
    const cdp = await browser.newBrowserCDPSession();
    const kept = { pdf: 0, docx: 0 };

    for (const f of benchFiles()) {
      const k = kind(f.name);
      if (f.optional && kept[k] >= corpusCount) continue;
      if (!existsSync(f.path)) throw new Error(`${f.path} is missing (run scripts/bench-browser)`);
      // Corpus files are copied under the served root, so the page fetches every file alike.
      let path = f.path;
      if (f.source === 'corpus') {
        mkdirSync(join(generated, 'corpus'), { recursive: true });
        path = join(generated, 'corpus', f.name);
        copyFileSync(f.path, path);
      }
      const href = `/${relative(root, path).split('\\').join('/')}`;
      const theirs = k === 'pdf' ? 'pdfjs' : 'mammoth';

      const { ready, pdfjsReady } = await page.evaluate(() => window.bench.fresh());
      const call = (who) => page.evaluate(([w, h, n]) => window.bench[w](h, n), [who, href, f.name]);
      let first;
      try {
        first = [await call('ours'), await call(theirs)]; // both must read the file
      } catch (e) {
        if (f.optional) {
          console.log(`skipped ${f.name}: ${String(e.message ?? e).split('\n')[0]}`);
          continue;
        }
        throw e;
      }
      // Warm-up: Chromium first runs wasm with its baseline compiler and tiers
      // hot functions up in the background (JS likewise), which on a busy
      // machine takes seconds. The medians are of warm runs; the first
      // run on a fresh worker is kept apart (`first`).
      const until = Date.now() + WARM_UP.ms;
      for (let w = 0; !quick && w < WARM_UP.max && (w < WARM_UP.runs || Date.now() < until); w++) {
        await call('ours');
        await call(theirs);
      }
      const ours = [],
        them = [];
      if (quick) {
        ours.push(first[0].ms);
        them.push(first[1].ms);
      }
      for (let r = 0; r < (quick ? 0 : runs); r++) {
        // Alternate who goes first, so neither always runs on a warmer machine.
        if (r % 2 === 0) {
          ours.push((await call('ours')).ms);
          them.push((await call(theirs)).ms);
        } else {
          them.push((await call(theirs)).ms);
          ours.push((await call('ours')).ms);
        }
      }
      const row = {
        name: f.name,
        source: f.source,
        kind: k,
        bytes: statSync(f.path).size,
        pages: first[0].pages ?? first[1].pages ?? null,
        words: { ours: first[0].words, theirs: first[1].words },
        theirs,
        ours: { median: median(ours), runs: ours },
        [theirs]: { median: median(them), runs: them },
        ratio: median(them) / median(ours),
        workerStartMs: { ours: ready, pdfjs: pdfjsReady },
        first: { ours: first[0].ms, [theirs]: first[1].ms },
      };
      // Memory: fresh workers, and one more run of each while its JS heap is sampled.
      {
        await page.evaluate(() => window.bench.fresh());
        const checker = await targetId(
          cdp,
          (t) => t.type === 'worker' && t.url.endsWith('/www/worker.js') && !seen.has(t.targetId),
        );
        const sampler = checker && (await heapSampler(cdp, checker));
        await call('ours');
        const jsPeak = sampler ? await sampler.stop() : null;
        const { wasm } = await page.evaluate(() => window.bench.oursMemory());
        row.ours.memory = { jsHeapPeak: jsPeak, wasmLinear: wasm };
        const theirTarget =
          k === 'pdf'
            ? await targetId(cdp, (t) => t.type === 'worker' && t.url.includes('pdf.worker') && !seen.has(t.targetId))
            : await targetId(cdp, (t) => t.type === 'page' && t.url.includes('/bench/'));
        const s2 = theirTarget && (await heapSampler(cdp, theirTarget));
        await call(theirs);
        row[theirs].memory = {
          jsHeapPeak: s2 ? await s2.stop() : null,
          where: k === 'pdf' ? 'pdf.js worker' : 'page (main thread)',
        };
        seen.add(checker);
        if (k === 'pdf') seen.add(theirTarget);
      }
      kept[k] += f.optional ? 1 : 0;
      results.files.push(row);
      console.log(
        `${f.name}: ours ${row.ours.median.toFixed(1)} ms, ${theirs} ${row[theirs].median.toFixed(1)} ms, ${row.ratio.toFixed(1)}×`,
      );
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'results.md'), markdown(results));
  console.log(`\n${markdown(results)}\nwritten: ${join(out, 'results.json')}, results.md`);
}

const seen = new Set();

const mb = (b) => (b == null ? '' : (b / 1048576).toFixed(1));
const kb = (b) => Math.round(b / 1000).toLocaleString('en');
const target = { pdf: 2, docx: 3 };

/** The results as Markdown: a row per file, then the transfer sizes. */
export function markdown(r) {
  const lines = [
    `Chromium ${r.machine.chromium}, ${r.machine.cpus} cores (${r.machine.cpu}), load average ${r.machine.loadavg.join(' / ')} at the start; ` +
      `pdf.js ${r.versions.pdfjs}, mammoth ${r.versions.mammoth}; median of ${r.runs} run${r.runs > 1 ? 's' : ''}${r.quick ? ' (quick mode)' : ''}.`,
    '',
    '| file | size | pages | words (ours / theirs) | ours (ms) | theirs (ms) | theirs / ours | target | first run, ours / theirs (ms) | our worker: JS heap peak, wasm memory (MB) | their JS heap peak (MB) |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const f of r.files) {
    const them = f[f.theirs];
    const goal = target[f.kind];
    const met = f.ratio >= goal ? 'met' : `**missed** (${f.ratio.toFixed(1)} of ${goal}×)`;
    lines.push(
      `| ${f.name} | ${kb(f.bytes)} KB | ${f.pages ?? ''} | ${f.words.ours.toLocaleString('en')} / ${f.words.theirs.toLocaleString('en')} | ${f.ours.median.toFixed(1)} | ` +
        `${f.theirs === 'pdfjs' ? 'pdf.js' : 'mammoth'} ${them.median.toFixed(1)} | **${f.ratio.toFixed(1)}×** | ≥ ${goal}×: ${met} | ${f.first.ours.toFixed(0)} / ${f.first[f.theirs].toFixed(0)} | ` +
        `${mb(f.ours.memory?.jsHeapPeak)}, ${mb(f.ours.memory?.wasmLinear)} | ${mb(them.memory?.jsHeapPeak)}${them.memory ? ` (${them.memory.where})` : ''} |`,
    );
  }
  const starts = (k) => median(r.files.map((f) => f.workerStartMs[k]));
  if (r.files.length)
    lines.push(
      '',
      `Worker start (median over files, not in the times above): ours ${starts('ours').toFixed(0)} ms (module compiled and instantiated), pdf.js ${starts('pdfjs').toFixed(0)} ms (what its default, a worker per document, adds to each document).`,
    );
  const t = r.transfer;
  lines.push('', '| download | raw | gzip -9 |', '|---|---:|---:|');
  const named = (x) => x.files.map((f) => f.replace(/^www\//, '')).join(', ');
  lines.push(`| ours, to check a DOCX: ${named(t.oursDocx)} | ${kb(t.oursDocx.raw)} KB | ${kb(t.oursDocx.gzip)} KB |`);
  lines.push(
    `| (of which the DOCX wasm, as www/pkg/checker_bg.wasm) | ${kb(t.oursWasmFile.raw)} KB | ${kb(t.oursWasmFile.gzip)} KB |`,
  );
  lines.push(
    `| ours, to check a PDF: the same with pkg-pdf/ for pkg/ | ${kb(t.oursPdf.raw)} KB | ${kb(t.oursPdf.gzip)} KB |`,
  );
  lines.push(`| pdf.js: pdf.min.mjs + pdf.worker.min.mjs | ${kb(t.pdfjs.raw)} KB | ${kb(t.pdfjs.gzip)} KB |`);
  lines.push(`| mammoth: mammoth.browser.min.js | ${kb(t.mammoth.raw)} KB | ${kb(t.mammoth.gzip)} KB |`);
  lines.push(`| pdf.js + mammoth | ${kb(t.pdfjs.raw + t.mammoth.raw)} KB | ${kb(t.pdfjs.gzip + t.mammoth.gzip)} KB |`);
  return `${lines.join('\n')}\n`;
}

await main();
