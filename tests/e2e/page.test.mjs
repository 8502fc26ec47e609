// End to end in headless Chromium: serve www/, check a real DOCX on the page,
// and record every request the page makes. Run by `bash scripts/test`
// (which builds www/pkg and the fixture first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root, serveWww } from './browser.mjs';

const fixture = join(root, 'tests', 'e2e', 'artifacts', 'contribution.docx');
const corpus = join(root, '..', 'shared', 'corpus');

let server, url, browser;

before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});

after(async () => { await browser?.close(); server?.close(); });

/** Opens the page and records every request made by it or its worker. */
async function openPage(query = '') {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postDataBuffer() }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url + query);
  await page.waitForSelector('body[data-ready=true]', { timeout: 20000 });
  return { context, page, requests, errors };
}

/** Whitespace-separated tokens holding a letter or digit: the README's rule, computed independently. */
const wordsOf = (texts) => texts.join('\n').split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

test('a real DOCX is checked on the page, and the file never leaves it', async () => {
  const { context, page, requests, errors } = await openPage('?today=2024-05-10');
  const loaded = requests.length;
  const side = JSON.parse(readFileSync(fixture + '.json', 'utf8'));
  await page.selectOption('#call', 'emler-2024');
  await page.setInputFiles('#file', fixture);
  await page.waitForSelector('#results:not([hidden])');

  const figures = await page.textContent('#figures');
  const expected = wordsOf(side.paragraphs);
  assert.match(figures, new RegExp(`${expected} of 2,500 allowed`), figures);
  assert.match(figures, /Links1/);
  assert.match(await page.textContent('#verdict'), /Ready to send/);

  const href = await page.getAttribute('#mailto', 'href');
  assert.ok(href.startsWith('mailto:'), href);
  assert.ok(href.includes('subject=EMLER%202024%20Report'), href);
  // The browser's own URL parser gives back the call's exact subject.
  assert.equal(new URL(href).searchParams.get('subject'), 'EMLER 2024 Report');

  const fileBytes = readFileSync(fixture);
  for (const r of requests) {
    assert.ok(r.url.startsWith(url), `request left the local server: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.ok(!r.body || !r.body.includes(fileBytes.subarray(0, 64)), `request carried the file: ${r.url}`);
  }
  assert.equal(requests.length, loaded, `requests after load: ${requests.slice(loaded).map((r) => r.url).join(', ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unreadable file gets a clear message, not a broken page', async () => {
  const { context, page, errors } = await openPage('?today=2024-05-10');
  await page.setInputFiles('#file', { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 this is not really a zip') });
  await page.waitForSelector('#results:not([hidden])');
  assert.match(await page.textContent('#verdict'), /to fix/);
  assert.match(await page.textContent('#findings'), /cannot be opened|damaged/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corpus DOCX shows the count pandoc gives', { skip: !existsSync(corpus) && 'no ../shared/corpus' }, async () => {
  // unstructured__eng_spa_mult.docx: pandoc --track-changes=accept -t plain | wc -w gives 532 (manifest.tsv).
  const file = join(corpus, 'docx', 'unstructured__eng_spa_mult.docx');
  const row = readFileSync(join(corpus, 'manifest.tsv'), 'utf8').split('\n').find((l) => l.startsWith('docx/unstructured__eng_spa_mult.docx'));
  const header = readFileSync(join(corpus, 'manifest.tsv'), 'utf8').split('\n')[0].split('\t');
  const pandoc = Number(row.split('\t')[header.indexOf('ref_words_pandoc_accept')]);
  const { context, page } = await openPage('?today=2024-05-10');
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#results:not([hidden])');
  const figures = await page.textContent('#figures');
  const shown = Number(figures.match(/Words([\d,]+)/)[1].replace(/,/g, ''));
  assert.equal(shown, pandoc, figures);
  await context.close();
});
