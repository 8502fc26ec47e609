// The secretariat page in headless Chromium: paste a call's text, see the
// values the call states, get an embed snippet; no request leaves the page.
// Expected values are the call's own words (../shared/calls/emler-2024-call.txt:
// "Email subject line: EMLER 2024 Report", "Word limit: 2500 words",
// "by 24 May 2024", "Email address:" followed by nothing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveWww, sharedData } from './browser.mjs';

const calls = sharedData('calls', 'emler-2024-call.txt');
const call2024 = join(calls.path, 'emler-2024-call.txt');

let server, url, browser;

before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${url}secretariat.html`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 20000 });
  return { context, page, requests, errors };
}

async function readCall(page, text) {
  await page.fill('#call-text', text);
  await page.click('#read');
  await page.waitForSelector('#outputs:not([hidden])');
}

/** The JSON profile inside the snippet's <script type="application/json">. */
function snippetProfile(snippet) {
  const m = snippet.match(/<script type="application\/json">\n([\s\S]*?)\n<\/script>/);
  assert.ok(m, snippet);
  return JSON.parse(m[1]);
}

test('the 2024 call pasted on the page gives its subject, limit and deadline', calls.options, async () => {
  calls.require();
  const { context, page, requests, errors } = await openPage();
  const loaded = requests.length;
  await readCall(page, readFileSync(call2024, 'utf8'));

  assert.equal(await page.inputValue('#f-subject'), 'EMLER 2024 Report');
  assert.equal(await page.inputValue('#f-word_limit'), '2500');
  assert.equal(await page.inputValue('#f-deadline'), '2024-05-24');
  assert.equal(await page.inputValue('#f-id'), 'emler-2024');
  assert.equal(await page.inputValue('#f-email'), '');
  // The empty "Email address:" line is listed, not filled in.
  assert.match(await page.textContent('#missing li[data-field=email]'), /Email address:.*empty/);
  assert.match(await page.textContent('#s-word_limit'), /Word limit: 2500 words/);

  const snippet = await page.inputValue('#snippet');
  assert.match(
    snippet,
    /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/submission-checker\.js"><\/script>\n<submission-checker lang="en">/,
  );
  const profile = snippetProfile(snippet);
  assert.equal(profile.subject, 'EMLER 2024 Report');
  assert.equal(profile.word_limit, 2500);
  assert.equal(profile.deadline, '2024-05-24');
  assert.deepEqual(profile.languages, ['en', 'fr', 'es', 'pt']);
  assert.equal(profile.email, undefined);

  // Nothing read from the text travelled anywhere.
  for (const r of requests) assert.ok(r.url.startsWith(url), `request left the local server: ${r.url}`);
  assert.equal(
    requests.length,
    loaded,
    `requests after load: ${requests
      .slice(loaded)
      .map((r) => r.url)
      .join(', ')}`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('edits on the page change the snippet, and a bad id is named', async () => {
  const { context, page, errors } = await openPage();
  // A call written for this test, as a web page's HTML source.
  await readCall(
    page,
    '<h1>Call for inputs: Housing and climate change</h1><p>Email address: registry@ohchr.org</p>' +
      '<p>Contributions should not exceed 3,000 words and be sent by 1 June 2025.</p>',
  );
  assert.equal(await page.inputValue('#f-word_limit'), '3000');
  assert.equal(await page.inputValue('#f-email'), 'registry@ohchr.org');
  // "registry@" names no call, so there is no id to derive: the page asks for one.
  assert.equal(await page.inputValue('#f-id'), '');
  assert.match(await page.textContent('#profile-error'), /`id`/);
  assert.equal(await page.inputValue('#snippet'), '');

  await page.fill('#f-id', 'Housing 2025');
  await page.waitForFunction(() => /`id`/.test(document.getElementById('profile-error').textContent));
  await page.fill('#f-id', 'housing-2025');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('housing-2025'));
  assert.equal(await page.isHidden('#profile-error'), true);
  await page.fill('#f-subject', 'HOUSING </script> 2025');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('HOUSING'));
  const profile = snippetProfile(await page.inputValue('#snippet'));
  // The subject survives intact, and cannot close the script element early.
  assert.equal(profile.subject, 'HOUSING </script> 2025');
  assert.equal((await page.inputValue('#snippet')).match(/<\/script>/g).length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});
