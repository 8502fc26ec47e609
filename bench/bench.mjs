// The bench page's three contestants, each timed from the file's bytes in
// memory to its result, called one run at a time by scripts/bench-browser.mjs:
//
// - ours: the whole check (sniff, read, languages, rules, report) by the wasm
//   in the page's own Worker (www/worker.js, through the same CheckerWorker
//   class the <submission-checker> element uses), bytes transferred in and
//   the report cloned back, as on the page;
// - pdf.js: getDocument, then getTextContent on every page, in pdf.js's own
//   worker (one PDFWorker kept for all runs of a file, as ours is);
// - mammoth.js: extractRawText, browser build, on the page's thread (how
//   mammoth is used in a page).
//
// Each returns { ms, words } (words: whitespace-separated tokens with a letter
// or digit, the README's rule, so the three can be seen to read the same text).
import { CheckerWorker } from '/www/submission-checker.js';
import * as pdfjs from '/node_modules/pdfjs-dist/build/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';
const PDFJS_OPTIONS = {
  standardFontDataUrl: '/node_modules/pdfjs-dist/standard_fonts/',
  cMapUrl: '/node_modules/pdfjs-dist/cmaps/',
  cMapPacked: true,
  wasmUrl: '/node_modules/pdfjs-dist/wasm/',
  verbosity: 0,
};

const wordsOf = (text) => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
const files = new Map();
let ours = null,
  profile = null,
  pdfWorker = null;

async function bytesOf(url) {
  if (!files.has(url)) files.set(url, new Uint8Array(await (await fetch(url)).arrayBuffer()));
  return files.get(url);
}

window.bench = {
  /** A fresh checker Worker and a fresh pdf.js worker, so memory is per file; resolves to the ms each took to start. */
  async fresh() {
    ours?.terminate();
    pdfWorker?.destroy();
    const t = performance.now();
    ours = new CheckerWorker();
    await ours.ready;
    const ready = performance.now() - t;
    profile ??= (await ours.call('profiles')).find((p) => p.id === 'emler-2024');
    const t2 = performance.now();
    pdfWorker = new pdfjs.PDFWorker();
    await pdfWorker.promise;
    // pdf.js's default (no `worker` given) starts a worker like this for every document.
    return { ready, pdfjsReady: performance.now() - t2 };
  },

  async ours(url, name) {
    const bytes = (await bytesOf(url)).slice().buffer;
    const t = performance.now();
    const report = await ours.call(
      'check',
      { bytes, name, call: profile, today: '2024-05-10', options: { lang: 'en' } },
      [bytes],
    );
    const ms = performance.now() - t;
    if (report.error) throw new Error(`${name}: ${report.error.code}`);
    return { ms, words: report.words.body, pages: report.pages ?? null };
  },

  /**
   * The clean copy (scripts/bench-clean.mjs): `clean` in the worker, from the
   * module the page imports on first use, bytes transferred both ways; then
   * the check of the copy, as the page runs it right after. The first call
   * on a fresh worker includes importing and compiling that module.
   */
  async clean(url, name) {
    const bytes = (await bytesOf(url)).slice().buffer;
    const t = performance.now();
    const copy = await ours.call('clean', { bytes, name }, [bytes]);
    const ms = performance.now() - t;
    const size = copy.bytes.length;
    const copyBytes = copy.bytes.buffer;
    const t2 = performance.now();
    const report = await ours.call(
      'check',
      { bytes: copyBytes, name: copy.name, call: profile, today: '2024-05-10', options: { lang: 'en' } },
      [copyBytes],
    );
    const checkMs = performance.now() - t2;
    if (report.error) throw new Error(`${copy.name}: ${report.error.code}`);
    return { ms, checkMs, size, name: copy.name, removed: copy.removed, words: report.words.body };
  },

  async oursMemory() {
    return ours.call('memory');
  },

  async pdfjs(url) {
    const data = (await bytesOf(url)).slice();
    const t = performance.now();
    const task = pdfjs.getDocument({ data, worker: pdfWorker, ...PDFJS_OPTIONS });
    const doc = await task.promise;
    const texts = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      texts.push(content.items.map((i) => i.str + (i.hasEOL ? '\n' : ' ')).join(''));
      page.cleanup();
    }
    const pages = doc.numPages;
    await task.destroy();
    const ms = performance.now() - t;
    return { ms, words: wordsOf(texts.join('\n')), pages };
  },

  async mammoth(url) {
    const arrayBuffer = (await bytesOf(url)).slice().buffer;
    const t = performance.now();
    const result = await window.mammoth.extractRawText({ arrayBuffer });
    const ms = performance.now() - t;
    return { ms, words: wordsOf(result.value) };
  },
};

document.getElementById('status').textContent = 'ready';
