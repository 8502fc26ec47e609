// Speed of the PDF reader against pdf.js, in one Node process, on the corpus PDFs
// that both read (../shared/corpus/pdf, skipping encrypted and empty files).
//
//   bash scripts/build-web                       # www/pkg (wasm, wasm-release profile)
//   npm install --prefix /tmp/pdfjs-bench pdfjs-dist@4.10.38
//   node scripts/bench-pdf.mjs [/tmp/pdfjs-bench] [rounds]
//
// Ours: the whole check (sniff, read, rules, report) through the wasm `check`.
// pdf.js: getDocument, then getTextContent on every page. Each file is run
// `rounds` times (default 5) and the median kept; the totals are sums of medians.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus', 'pdf');
const pdfjsDir = process.argv[2] ?? '/tmp/pdfjs-bench';
const rounds = Number(process.argv[3] ?? 5);
if (!existsSync(corpus)) {
  console.log('no ../shared/corpus: nothing to measure');
  process.exit(0);
}

const { initSync, check } = await import(pathToFileURL(join(root, 'www', 'pkg', 'checker.js')).href);
initSync({ module: readFileSync(join(root, 'www', 'pkg', 'checker_bg.wasm')) });
const pdfjs = await import(
  pathToFileURL(join(pdfjsDir, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs')).href
);

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function pdfjsText(bytes) {
  const doc = await pdfjs.getDocument({
    data: bytes,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    isEvalSupported: false,
  }).promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

let oursTotal = 0,
  theirsTotal = 0;
const rows = [];
for (const f of readdirSync(corpus)
  .filter((f) => f.endsWith('.pdf'))
  .sort()) {
  const bytes = readFileSync(join(corpus, f));
  if (bytes.length === 0) continue;
  const report = check(bytes, f, 'emler-2024', '', {});
  if (report.error) continue; // encrypted with a password, or unreadable
  try {
    await pdfjsText(new Uint8Array(bytes));
  } catch {
    continue;
  }
  const ours = [],
    theirs = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    check(bytes, f, 'emler-2024', '', {});
    ours.push(performance.now() - t);
    t = performance.now();
    await pdfjsText(new Uint8Array(bytes));
    theirs.push(performance.now() - t);
  }
  const o = median(ours),
    p = median(theirs);
  oursTotal += o;
  theirsTotal += p;
  rows.push([f, report.pages, o, p]);
}
console.log('| file | pages | ours (ms) | pdf.js (ms) |\n|---|---:|---:|---:|');
for (const [f, pages, o, p] of rows) console.log(`| ${f} | ${pages} | ${o.toFixed(1)} | ${p.toFixed(1)} |`);
console.log(`| **total (${rows.length} files)** | | **${oursTotal.toFixed(0)}** | **${theirsTotal.toFixed(0)}** |`);
console.log(`\npdf.js / ours: ${(theirsTotal / oursTotal).toFixed(2)}×`);
