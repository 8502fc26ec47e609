// The npm-style package (www/package.json over wasm-pack's pkg/, as site/ holds it): packed with
// `npm pack`, unpacked into an empty site, and used there by import under the
// strict policy docs/embedding.md recommends. Proves the package holds every file the
// element needs, and that the worker and wasm are found next to the module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../www/serve.mjs';
import { checkFile, fixture, launch, openPage, root } from './browser.mjs';

const site = mkdtempSync(join(tmpdir(), 'submission-checker-package-'));
let server, url, browser, packed;

before(async () => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', site, join(root, 'site')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  packed = JSON.parse(out)[0];
  const modules = join(site, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', join(site, packed.filename), '-C', modules]);
  execFileSync('mv', [join(modules, 'package'), join(modules, 'submission-checker')]);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Package test</title><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'">
<script type="module" src="main.js"></script></head><body><main><h1>Package test</h1></main></body></html>`,
  );
  // Embedding by import: the module defines the element; the page creates it.
  writeFileSync(
    join(site, 'main.js'),
    `import { SubmissionCheckerElement } from './node_modules/submission-checker/submission-checker.js';
const el = document.createElement('submission-checker');
el.setAttribute('call', 'emler-2024');
el.setAttribute('today', '2024-05-10');
el.setAttribute('lang', 'en');
document.querySelector('main').append(el);
window.elementClassOk = el instanceof SubmissionCheckerElement;
`,
  );
  ({ server, url } = await serve(site));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('the packed package holds the element, its worker, the wasm module and the types, and nothing of the site', () => {
  const files = packed.files.map((f) => f.path).sort();
  for (const needed of [
    'submission-checker.js',
    'checker-element.js',
    'worker.js',
    'types.d.ts',
    'pkg/checker_wasm.js',
    'pkg/checker_wasm.d.ts',
    'pkg-pdf/pdf_wasm.js',
    'names/en.js',
    'names/zh.js',
    'locales/ar.js',
    'locales/zh.js',
    'package.json',
  ]) {
    assert.ok(files.includes(needed), `${needed} missing from ${files.join(', ')}`);
  }
  for (const f of files)
    assert.ok(!/^(index|example-call)\.html$|serve\.mjs$|bindings\//.test(f), `${f} should not be packed`);
  assert.ok(readdirSync(join(site, 'node_modules', 'submission-checker')).includes('worker.js'));
});

test('imported from the unpacked package, the element checks a file under a strict CSP', async () => {
  const { context, page, requests, errors, cspViolations } = await openPage(browser, url);
  assert.equal(await page.evaluate(() => window.elementClassOk), true);
  const loaded = requests.length;
  const report = await checkFile(page, fixture);
  assert.equal(report.ready, true);
  assert.deepEqual(
    requests.slice(loaded).map((r) => r.url),
    [],
  );
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(errors, []);
  await context.close();
});
