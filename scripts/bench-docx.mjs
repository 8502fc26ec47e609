// Times the checker's wasm build and mammoth.js on the same DOCX, in the same
// Node process: `node scripts/bench-docx.mjs FILE.docx [RUNS]`.
// The wasm is the page's own (www/pkg, from scripts/build-web), instantiated
// with initSync as the page's worker does. Two figures for ours: `readWords`
// (the reader and the word count: the same kind of work as mammoth's
// extractRawText, which is what the ratio compares) and `check` (everything
// the page does: read, count, detect languages, apply the rules, report).
// Prints medians in milliseconds.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { initSync, check, readWords } from '../www/pkg/checker.js';
import wasmBase64 from '../www/pkg/checker_wasm.js';
import mammoth from 'mammoth';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench-docx.mjs FILE.docx [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg ?? 15);
const bytes = readFileSync(file);
initSync({ module: Buffer.from(wasmBase64, 'base64') });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timeIt(fn) {
  await fn(); // warm-up: JIT, and the wasm's first allocations
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const report = check(new Uint8Array(bytes), 'bench.docx', 'emler-2024', '', undefined);
const text = (await mammoth.extractRawText({ buffer: bytes })).value;
console.log(`file ${file}: ${bytes.length} bytes; ours: ${report.words.body} body + ${report.words.notes} note words; mammoth: ${text.split(/\s+/).filter(Boolean).length} whitespace tokens`);

const ours = await timeIt(() => readWords(new Uint8Array(bytes)));
const whole = await timeIt(() => check(new Uint8Array(bytes), 'bench.docx', 'emler-2024', '', undefined));
const theirs = await timeIt(() => mammoth.extractRawText({ buffer: bytes }));
console.log(`wasm readWords (node ${process.version}) median ${ours.toFixed(1)} ms over ${runs} runs`);
console.log(`wasm check, the whole pipeline, median ${whole.toFixed(1)} ms over ${runs} runs`);
console.log(`mammoth ${JSON.parse(readFileSync(new URL('../node_modules/mammoth/package.json', import.meta.url))).version} extractRawText median ${theirs.toFixed(1)} ms over ${runs} runs`);
console.log(`ratio mammoth extractRawText / wasm readWords: ${(theirs / ours).toFixed(1)}x`);
console.log(`ratio mammoth extractRawText / wasm check: ${(theirs / whole).toFixed(1)}x`);
