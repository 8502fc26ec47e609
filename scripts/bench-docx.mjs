// Times the checker's wasm build and mammoth.js on the same DOCX, in the same
// Node process: `node scripts/bench-docx.mjs FILE.docx [RUNS]`.
// The wasm is the page's own (from scripts/build-web), instantiated with
// initSync as the page's worker does. Two figures for ours: `readWords`
// (the reader and the word count: the same kind of work as mammoth's
// extractRawText, which is what the ratio compares), from www/pkg-formats,
// the module that has it (feature `inspect`), with the same DOCX reader; and
// `check` (everything the page does: read, count, detect languages, apply the
// rules, report), from www/pkg, the DOCX module a contributor downloads.
// Prints medians in milliseconds.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import checkerText, { initSync, check } from '../www/pkg/checker_wasm.js';
import * as formats from '../www/pkg-formats/formats_wasm.js';
import mammoth from 'mammoth';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench-docx.mjs FILE.docx [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg ?? 15);
const bytes = readFileSync(file);
// One character per byte of the .wasm (scripts/embed-wasm.mjs): latin1 gives the bytes back.
initSync({ module: Buffer.from(checkerText, 'latin1') });
formats.initSync({ module: Buffer.from(formats.default, 'latin1') });
const { readWords } = formats;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The three are timed in turn within each round, so that a busy machine
// slows all of them alike; one warm-up round first (JIT, first allocations).
async function timeRounds(fns) {
  const samples = fns.map(() => []);
  for (let round = -1; round < runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const t = performance.now();
      await fn();
      if (round >= 0) samples[i].push(performance.now() - t);
    }
  }
  return samples;
}

const report = check(new Uint8Array(bytes), 'bench.docx', 'emler-2024', '', undefined);
const text = (await mammoth.extractRawText({ buffer: bytes })).value;
console.log(
  `file ${file}: ${bytes.length} bytes; ours: ${report.words.body} body + ${report.words.notes} note words; mammoth: ${text.split(/\s+/).filter(Boolean).length} whitespace tokens`,
);

const rounds = await timeRounds([
  () => readWords(new Uint8Array(bytes)),
  () => check(new Uint8Array(bytes), 'bench.docx', 'emler-2024', '', undefined),
  () => mammoth.extractRawText({ buffer: bytes }),
]);
const [ours, whole, theirs] = rounds.map(median);
const perRound = median(rounds[2].map((m, i) => m / rounds[0][i]));
console.log(`wasm readWords (node ${process.version}) median ${ours.toFixed(1)} ms over ${runs} runs`);
console.log(`wasm check, the whole pipeline, median ${whole.toFixed(1)} ms over ${runs} runs`);
console.log(
  `mammoth ${JSON.parse(readFileSync(new URL('../node_modules/mammoth/package.json', import.meta.url))).version} extractRawText median ${theirs.toFixed(1)} ms over ${runs} runs`,
);
console.log(
  `ratio mammoth extractRawText / wasm readWords: ${(theirs / ours).toFixed(1)}x (median of the per-round ratios: ${perRound.toFixed(1)}x)`,
);
console.log(`ratio mammoth extractRawText / wasm check: ${(theirs / whole).toFixed(1)}x`);
