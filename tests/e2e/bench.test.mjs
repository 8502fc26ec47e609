// The browser bench (scripts/bench-browser.mjs) in quick mode on its smallest
// file: it runs end to end in headless Chromium and writes results of the
// expected shape. The measuring itself is done by `bash scripts/bench-browser`.
// Run by `bash scripts/test`, which writes tests/e2e/artifacts/bench first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { artifacts, root } from './browser.mjs';

const files = join(artifacts, 'bench');
const out = join(artifacts, 'bench-out');

test('the browser bench runs in quick mode and writes results of the expected shape', { timeout: 30000 }, async () => {
  assert.ok(
    existsSync(join(files, '2500.pdf')),
    'run `cargo run --example bench_files -- tests/e2e/artifacts/bench` first (scripts/test does)',
  );
  await promisify(execFile)('node', [join(root, 'scripts', 'bench-browser.mjs')], {
    env: {
      ...process.env,
      BENCH_QUICK: '1',
      BENCH_FILES: '2500.pdf',
      BENCH_CORPUS: '0',
      BENCH_FILES_DIR: files,
      BENCH_OUT: out,
    },
  });
  const r = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  assert.equal(r.quick, true);
  assert.equal(r.runs, 1);
  assert.equal(r.files.length, 1);
  const f = r.files[0];
  assert.equal(f.name, '2500.pdf');
  assert.equal(f.theirs, 'pdfjs');
  // The page count the file itself declares (its page tree's /Count): the
  // bench text comes from the docs, so its length follows them.
  const declared = /\/Count (\d+)/.exec(readFileSync(join(files, '2500.pdf'), 'latin1'));
  assert.ok(declared, 'the bench PDF declares its page count');
  assert.equal(f.pages, Number(declared[1]));
  for (const who of ['ours', 'pdfjs']) {
    assert.equal(f[who].runs.length, 1);
    assert.ok(f[who].median > 0, `${who} took no time?`);
  }
  assert.ok(Math.abs(f.ratio - f.pdfjs.median / f.ours.median) < 1e-9);
  // Both read the same text. pdf.js's count also holds each page's running header
  // ("Submission checker: how it works (benchmark document)", 8 words) and page
  // number ("2 / 6", 2 numbers), which examples/bench_files.rs writes and our
  // reader leaves out, as Word does not count them: within 1% once they are taken off.
  const furniture = f.pages * (8 + 2);
  assert.ok(Math.abs(f.words.ours - (f.words.theirs - furniture)) <= 0.01 * f.words.ours, JSON.stringify(f.words));
  assert.ok(f.ours.memory.wasmLinear >= 1 << 16, 'wasm memory is at least one page');
  assert.ok(f.ours.memory.jsHeapPeak > 0 && f.pdfjs.memory.jsHeapPeak > 0, JSON.stringify(f.ours.memory));
  for (const k of ['oursDocx', 'oursPdf', 'pdfjs', 'mammoth'])
    assert.ok(r.transfer[k].gzip > 0 && r.transfer[k].raw > r.transfer[k].gzip, k);
  const md = readFileSync(join(out, 'results.md'), 'utf8');
  assert.match(md, /\| 2500\.pdf \|/);
  assert.match(md, /pdf\.js: pdf\.min\.mjs \+ pdf\.worker\.min\.mjs/);
});
