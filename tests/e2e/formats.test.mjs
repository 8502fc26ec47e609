// Word 97-2003 (.doc), OpenDocument (.odt) and PDF on the standalone page:
// the worker imports their readers (www/pkg-formats, www/pkg-pdf) only when
// such a file is chosen, checks it like a DOCX, and sends nothing anywhere:
// after load the only requests are the GETs of that module's two files from
// the page's own origin, carrying no body. The files are LibreOffice's
// conversions of the DOCX fixture, so the expected word count is the
// fixture's own text (for the PDF, poppler's pdftotext reads it).
// Needs soffice (scripts/setup installs it); skipped without it, failing under CI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, checkFile, fixture, launch, openPage, serveWww, wordsOf } from './browser.mjs';

const shadow = (page, selector) => page.locator('submission-checker').locator(selector);
const inCI = !['', 'false', '0'].includes(process.env.CI ?? '');
const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const options = hasSoffice || inCI ? {} : { skip: 'needs soffice (LibreOffice) to convert the fixture' };

/** The fixture converted by LibreOffice to `ext`. */
function converted(ext) {
  const dir = join(artifacts, 'formats');
  mkdirSync(dir, { recursive: true });
  const profile = `-env:UserInstallation=file://${join(artifacts, 'soffice-profile')}`;
  const run = spawnSync('soffice', [profile, '--headless', '--convert-to', ext, '--outdir', dir, fixture]);
  assert.equal(run.status, 0, `soffice --convert-to ${ext}: ${run.stderr}`);
  return join(dir, `contribution.${ext}`);
}

let server, url, browser;
before(async () => {
  if (options.skip) return;
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const ext of ['doc', 'odt']) {
  test(`a .${ext} is read by the module loaded on demand, with nothing sent`, options, async () => {
    assert.ok(hasSoffice, 'soffice is not installed (CI is set, so this fails)');
    const file = converted(ext);
    const side = JSON.parse(readFileSync(`${fixture}.json`, 'utf8'));
    const { context, page, requests, errors, cspViolations } = await openPage(
      browser,
      `${url}?today=2024-05-10&lang=en&call=emler-2024`,
    );
    const loaded = requests.length;
    assert.ok(
      !requests.some((r) => r.url.includes('/pkg-formats/')),
      'the second module is not loaded before it is needed',
    );

    const report = await checkFile(page, file);
    assert.equal(report.file.format, ext);
    assert.equal(report.error, undefined, JSON.stringify(report.error));
    assert.equal(report.words.body, wordsOf(side.paragraphs));
    assert.deepEqual(
      report.links.map((l) => l.url),
      [side.link],
    );
    const figures = await shadow(page, '#figures').textContent();
    assert.match(figures, new RegExp(`${wordsOf(side.paragraphs)} of 2,500 allowed`), figures);
    // The 2024 call accepts Word (.docx, .docm, .doc) and PDF: a .doc is ready, an .odt is not, for its format alone.
    const errorRules = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    assert.deepEqual(errorRules, ext === 'doc' ? [] : ['file-format']);

    const later = requests.slice(loaded);
    // One module, its bindings inside (scripts/site.mjs).
    assert.deepEqual(
      later.map((r) => new URL(r.url).pathname),
      ['/pkg-formats/formats_wasm.js'],
    );
    assert.ok(later.every((r) => r.method === 'GET' && !r.body && new URL(r.url).origin === new URL(url).origin));
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a PDF is read by its own module, loaded on demand, with nothing sent', options, async () => {
  assert.ok(hasSoffice, 'soffice is not installed (CI is set, so this fails)');
  const file = converted('pdf');
  const words = wordsOf([execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })]);
  const { context, page, requests, errors, cspViolations } = await openPage(
    browser,
    `${url}?today=2024-05-10&lang=en&call=emler-2024`,
  );
  const loaded = requests.length;
  // The service worker keeps the PDF module for offline use (its own requests); the page's worker has not asked for it.
  assert.ok(
    !requests.some((r) => r.url.includes('/pkg-pdf/') && !r.bySW),
    'the PDF module is not loaded before a PDF is chosen',
  );
  assert.ok(
    requests.some((r) => r.url.endsWith('/pkg/checker_wasm.js') && !r.bySW),
    'the DOCX module is',
  );

  const report = await checkFile(page, file);
  assert.equal(report.file.format, 'pdf');
  assert.equal(report.error, undefined, JSON.stringify(report.error));
  assert.equal(report.words.body, words);

  const later = requests.slice(loaded);
  assert.deepEqual(
    later.map((r) => new URL(r.url).pathname),
    ['/pkg-pdf/pdf_wasm.js'],
  );
  assert.ok(later.every((r) => r.method === 'GET' && !r.body && new URL(r.url).origin === new URL(url).origin));
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(errors, []);
  await context.close();
});
