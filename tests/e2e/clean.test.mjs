// The clean copy on the standalone page, in headless Chromium: a DOCX with a
// comment, a tracked deletion and a hidden note gets the amber verdict; the
// "Make a clean copy" button, pressed from the keyboard, builds
// "dirty (clean).docx" in the worker (its module imported on that click from
// the page's own origin), checks it at once (ready), and from then on the
// .eml draft attaches the clean copy: Python's `email` package and
// python-docx read it back. Nothing else is requested; axe finds no WCAG
// A/AA violation once the copy is shown. A file the cleaner refuses keeps the
// original flow, with the reason in words. Under a call that requires clean
// files, where comments and the like are errors, the copy is offered on the
// not-ready verdict too.
// Run by `bash scripts/test`, which builds www/pkg-clean and the fixtures first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  artifacts,
  axeViolations,
  checkFile,
  hasPython,
  launch,
  openPage,
  readEmlWithPython,
  serveWww,
} from './browser.mjs';

const shadow = (page, selector) => page.locator('submission-checker').locator(selector);
const dirty = join(artifacts, 'dirty.docx');

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * What python-docx (an independent reader of Word files) sees in `path`: the
 * body's paragraphs, the comments, the author; and, from Python's zipfile,
 * which parts still hold revision, hidden-text or comment markup.
 */
function pythonDocx(path) {
  const script = `
import docx, json, sys, zipfile
d = docx.Document(sys.argv[1])
z = zipfile.ZipFile(sys.argv[1])
marks = ["<w:del ", "<w:delText", "<w:ins ", "<w:vanish", "<w:commentReference", "<w:commentRangeStart"]
texts = {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "comments": len(d.comments),
  "author": d.core_properties.author, "parts": sorted(texts),
  "marks": sorted({n + ": " + m for n, t in texts.items() for m in marks if m in t}),
  "all": "\\n".join(texts.values())}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

/**
 * Headless Chromium has no sharing menu: a stand-in for `navigator.share`
 * that accepts files and records their names and sizes in `window.sharedFiles`.
 */
async function standInShareMenu(page) {
  await page.evaluate(() => {
    navigator.canShare = (data) => Array.isArray(data?.files);
    navigator.share = async (data) => {
      window.sharedFiles = data.files.map((f) => ({ name: f.name, size: f.size }));
    };
  });
}

/** Clicks a blob: link in the element and returns the saved file's path and suggested name. */
async function download(page, selector, name) {
  await shadow(page, `${selector}[href^="blob:"]`).waitFor();
  const [d] = await Promise.all([page.waitForEvent('download'), shadow(page, selector).click()]);
  const path = join(artifacts, name);
  await d.saveAs(path);
  return { path, suggested: d.suggestedFilename() };
}

test('dirty DOCX → amber → clean copy made from the keyboard → ready → the .eml attaches the clean copy', {
  skip: !hasPython() && 'no python3',
}, async () => {
  const side = JSON.parse(readFileSync(`${dirty}.json`, 'utf8'));
  const original = pythonDocx(dirty);
  // The fixture really holds what must go (python-docx reads the hidden run as text, not the deleted one).
  assert.equal(original.comments, 1);
  assert.ok(original.marks.some((m) => m.includes('<w:del ')) && original.marks.some((m) => m.includes('<w:vanish')));
  const { context, page, requests, errors, cspViolations } = await openPage(
    browser,
    `${url}?today=2024-05-10&lang=en&call=emler-2024`,
  );
  const loaded = requests.length;
  await standInShareMenu(page);

  const report = await checkFile(page, dirty);
  assert.equal(report.verdict, 'ready-with-warnings');
  assert.match(await shadow(page, '#verdict').getAttribute('class'), /\bwarn\b/);
  assert.ok(await shadow(page, '#clean').isVisible(), 'the offer is next to the amber verdict');
  assert.equal(await shadow(page, '#eml-file').textContent(), 'Attached: dirty.docx');
  assert.equal(await shadow(page, '#share-file').textContent(), 'File shared: dirty.docx');
  assert.ok(!requests.some((r) => r.url.includes('/pkg-clean/')), 'the cleaner is not loaded before it is asked for');

  // From the keyboard: focus the button, press Enter.
  const cleaned = page.evaluate(
    () =>
      new Promise((ok) =>
        document.querySelector('submission-checker').addEventListener('cleaned', (e) => ok(e.detail), { once: true }),
      ),
  );
  await shadow(page, '#clean').focus();
  await page.keyboard.press('Enter');
  const done = await cleaned;

  assert.equal(done.name, 'dirty (clean).docx');
  assert.equal(done.report.verdict, 'ready');
  assert.deepEqual(done.report.would_publish, []);
  assert.deepEqual(
    done.removed.filter((r) => ['comments', 'deletions', 'hidden-runs'].includes(r.kind)),
    [
      { kind: 'comments', count: 1 },
      { kind: 'deletions', count: 1 },
      { kind: 'hidden-runs', count: 1 },
    ],
  );
  const verdict = shadow(page, '#verdict');
  assert.match(await verdict.textContent(), /^Ready to send\./);
  assert.match(await verdict.getAttribute('class'), /\bready\b/);
  assert.ok(!(await shadow(page, '#clean').isVisible()), 'no second offer for the clean copy');
  const focused = await page.evaluate(() => document.querySelector('submission-checker').shadowRoot.activeElement?.id);
  assert.equal(focused, 'clean-made', 'focus moves to what was made');
  assert.match(
    await shadow(page, '#status').textContent(),
    /^Clean copy dirty \(clean\)\.docx made and checked: Ready/,
  );
  const removed = await shadow(page, '#clean-removed li').allTextContents();
  for (const line of [
    'Comments removed: 1',
    'Tracked deletions accepted (their text removed): 1',
    'Pieces of hidden text removed: 1',
  ])
    assert.ok(removed.includes(line), `${line} not in ${removed}`);
  assert.match(await shadow(page, '#figures').textContent(), /dirty \(clean\)\.docx/);
  // Each way of sending names the file it uses.
  assert.equal(await shadow(page, '#eml-file').textContent(), 'Attached: dirty (clean).docx');
  assert.equal(await shadow(page, '#mailto-file').textContent(), 'File to attach: dirty (clean).docx');
  assert.equal(await shadow(page, '#share-file').textContent(), 'File shared: dirty (clean).docx');
  // The share button hands the system's sharing menu the copy (headless Chromium has no menu: a stand-in records it).
  assert.ok(await shadow(page, '#share').isVisible(), 'the share button is offered');
  await shadow(page, '#share').click();
  const shared = await page.waitForFunction(() => window.sharedFiles).then((h) => h.jsonValue());
  assert.deepEqual(shared, [{ name: 'dirty (clean).docx', size: done.size }]);

  // The clean copy's own download, with its size.
  const copy = await download(page, '#clean-download', 'downloaded-clean.docx');
  assert.equal(copy.suggested, 'dirty (clean).docx');
  const copyBytes = readFileSync(copy.path);
  assert.equal(copyBytes.length, done.size);
  assert.equal(
    await shadow(page, '#clean-download').textContent(),
    `Download the clean copy: dirty (clean).docx (${Math.round(copyBytes.length / 1000)} kB)`,
  );

  // The draft: Python's email package finds one attachment, the clean copy, byte for byte.
  const eml = await download(page, '#eml', 'clean.eml');
  assert.equal(eml.suggested, 'dirty (clean).eml');
  const m = readEmlWithPython(eml.path);
  assert.equal(m.subject, 'EMLER 2024 Report'); // the call: "Email subject line: EMLER 2024 Report"
  assert.equal(m.defects, 0);
  assert.equal(m.files.length, 1);
  assert.equal(m.files[0].name, 'dirty (clean).docx');
  assert.equal(m.files[0].type, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.ok(m.files[0].bytes.equals(copyBytes), 'the attachment is the clean copy');
  assert.ok(m.body.includes('dirty (clean).docx'), m.body);

  // python-docx reads the attachment: the original's accepted text without the hidden note, no comment, no author.
  const attachment = join(artifacts, 'clean-attachment.docx');
  writeFileSync(attachment, m.files[0].bytes);
  const attached = pythonDocx(attachment);
  assert.deepEqual(
    attached.paragraphs,
    original.paragraphs.map((p) => p.replace(` ${side.hidden}`, '')),
  );
  assert.equal(attached.comments, 0);
  assert.equal(attached.author, '');
  assert.deepEqual(attached.marks, []);
  assert.ok(!attached.parts.some((p) => /comments/i.test(p)), attached.parts.join(' '));
  for (const gone of [side.comment, side.deleted, side.hidden])
    assert.ok(!attached.all.includes(gone), `${gone} is still in the attachment`);

  // Nothing left the page: after load, only the cleaner's module, fetched from the page's own origin.
  const later = requests.slice(loaded);
  assert.deepEqual(later.map((r) => new URL(r.url).pathname).sort(), ['/pkg-clean/clean_wasm.js']);
  assert.ok(later.every((r) => r.method === 'GET' && !r.body && new URL(r.url).origin === new URL(url).origin));
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(await axeViolations(page), []);

  // Another language: the copy stays in use, and what went is said in it.
  await page.evaluate(() => document.querySelector('submission-checker').setLang('pt'));
  await page.waitForFunction(() =>
    document
      .querySelector('submission-checker')
      .shadowRoot.getElementById('eml-file')
      .textContent.startsWith('Anexado:'),
  );
  assert.equal(await shadow(page, '#eml-file').textContent(), 'Anexado: dirty (clean).docx');
  assert.ok((await shadow(page, '#clean-removed li').allTextContents()).includes('Comentários removidos: 1'));
  assert.match(await shadow(page, '#verdict').textContent(), /^Pronto para enviar/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file the cleaner refuses: the reason in words, and the original flow unchanged', {
  skip: !hasPython() && 'no python3',
}, async () => {
  // The dirty fixture plus a second main part whose name differs only in case:
  // the reader reads it, the cleaner refuses (it could not be sure to clean both).
  const twins = join(artifacts, 'case-twins.docx');
  execFileSync('python3', [
    '-c',
    `import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for n in src.namelist():
        out.writestr(n, src.read(n))
    out.writestr("WORD/document.xml", src.read("word/document.xml"))`,
    dirty,
    twins,
  ]);
  const { context, page, requests, errors } = await openPage(
    browser,
    `${url}?today=2024-05-10&lang=fr&call=emler-2024`,
  );
  const loaded = requests.length;
  const report = await checkFile(page, twins);
  assert.equal(report.verdict, 'ready-with-warnings');
  await shadow(page, '#clean').click();
  const error = shadow(page, '#clean-error');
  await error.waitFor();
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.match(
    await error.textContent(),
    /^La copie propre n’a pas pu être faite : une partie du fichier n’a pas pu être réécrite sans risque\. Votre fichier n’a pas été modifié/,
  );
  assert.match(await error.getAttribute('data-detail'), /^corrupt: .*twice/);
  // The original flow: the amber verdict, the offer still there, the draft attaches the file as chosen.
  assert.match(await shadow(page, '#verdict').getAttribute('class'), /\bwarn\b/);
  assert.equal(await shadow(page, '#eml-file').textContent(), 'Pièce jointe : case-twins.docx');
  const eml = await download(page, '#eml', 'twins.eml');
  const m = readEmlWithPython(eml.path);
  assert.equal(m.files[0].name, 'case-twins.docx');
  assert.ok(m.files[0].bytes.equals(readFileSync(twins)));
  const later = requests.slice(loaded).map((r) => new URL(r.url).pathname);
  assert.deepEqual(later, ['/pkg-clean/clean_wasm.js']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a call that requires clean files: comments and the like are errors, and the clean copy is offered on "not ready"', async () => {
  const { context, page, requests, errors } = await openPage(browser, `${url}example-call.html`, { locale: 'en-GB' });
  const loaded = requests.length;
  await page.evaluate(() => {
    const el = document.createElement('submission-checker');
    el.id = 'strict';
    el.setAttribute('today', '2024-05-10');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      id: 'clean-files-2025',
      title: 'Consultation requiring clean files',
      email: 'registry@ohchr.org',
      subject: 'Consultation 2025 – contribution',
      formats: ['docx', 'pdf'],
      languages: ['en'],
      deadline: '2024-06-30',
      published_in_full: true,
      clean_files_required: true,
    });
    el.append(script);
    document.querySelector('main').append(el);
  });
  await page.waitForSelector('#strict[data-ready=true]');
  const strict = (selector) => page.locator('#strict').locator(selector);
  const report = await checkFile(page, dirty, '#strict');
  // Issue 19: under such a call the comment, the deletion and the hidden note are errors.
  assert.equal(report.verdict, 'not-ready');
  for (const rule of ['comments', 'tracked-changes', 'hidden-text']) {
    assert.ok(
      report.findings.some((f) => f.rule === rule && f.severity === 'error'),
      rule,
    );
    assert.ok(report.would_publish.includes(rule), rule);
  }
  assert.match(await strict('#verdict').getAttribute('class'), /\bfix\b/);
  assert.ok(
    await strict('#clean').isVisible(),
    'the offer is there on "not ready", where the call demands a clean file',
  );
  const cleaned = page.evaluate(
    () =>
      new Promise((ok) =>
        document.querySelector('#strict').addEventListener('cleaned', (e) => ok(e.detail), { once: true }),
      ),
  );
  await strict('#clean').click();
  const done = await cleaned;
  assert.equal(done.report.verdict, 'ready');
  assert.deepEqual(done.report.would_publish, []);
  assert.match(await strict('#verdict').getAttribute('class'), /\bready\b/);
  assert.equal(await strict('#eml-file').textContent(), 'Attached: dirty (clean).docx');
  const later = requests.slice(loaded).map((r) => new URL(r.url).pathname);
  assert.deepEqual(later, ['/pkg-clean/clean_wasm.js']);
  assert.deepEqual(errors, []);
  await context.close();
});
