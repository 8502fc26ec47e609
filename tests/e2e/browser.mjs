// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core (whose own browser download cannot work offline), the
// static server for www/, and helpers that watch what a page does.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../www/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(root, 'tests', 'e2e', 'artifacts');
export const fixture = join(artifacts, 'contribution.docx');

/**
 * Third-party data a test needs (`corpus` or `calls` under ../shared, or the
 * folder in SUBMISSION_CHECKER_CORPUS / SUBMISSION_CHECKER_CALLS, as for the
 * Rust tests). `options` skips the test with the reason shown when the data
 * is absent, except under CI, where the test runs and `require()` fails it:
 * it never passes having tested nothing.
 */
export function sharedData(name, marker) {
  const path = process.env[`SUBMISSION_CHECKER_${name.toUpperCase()}`] ?? join(root, '..', 'shared', name);
  const present = existsSync(join(path, marker));
  const inCI = !['', 'false', '0'].includes(process.env.CI ?? '');
  const reason = `needs ../shared/${name}: no ${marker} in ${path}`;
  return {
    path,
    options: present || inCI ? {} : { skip: reason },
    require: () => assert.ok(present, `${reason} (CI is set, so this fails)`),
  };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves site/: what scripts/build-web makes of www/, as a secretariat's server would have it. */
export const serveWww = () => serve(join(root, 'site'));

/** Whitespace-separated tokens holding a letter or digit: docs/word-count.md's rule, computed independently. */
export const wordsOf = (texts) =>
  texts
    .join('\n')
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

/**
 * Opens `address` in a fresh context and records every request made by the
 * page, its worker and its service worker, page errors, and
 * Content-Security-Policy violations. Resolves once the <submission-checker>
 * element has its call profile and its files are kept for offline use.
 */
export async function openPage(browser, address, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const requests = [];
  context.on('request', (r) =>
    requests.push({ url: r.url(), method: r.method(), body: r.postDataBuffer(), bySW: !!r.serviceWorker() }),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(address);
  await page.waitForSelector('submission-checker[data-ready=true]', { timeout: 30000 });
  // Loaded includes the page's quiet-moment work (www/checker-element.js,
  // whenQuiet): the worker's DOCX module, then the service worker keeping the
  // checker's files (www/sw.js). Their GETs of the page's own files happen
  // then, before the tests start counting requests.
  await page.waitForFunction(
    () => {
      const el = document.querySelector('submission-checker');
      return (
        el.dataset.prefetched === 'true' && (el.dataset.offline === 'ready' || el.hasAttribute('no-service-worker'))
      );
    },
    undefined,
    { timeout: 30000 },
  );
  const cspViolations = () => page.evaluate(() => window.__csp);
  return { context, page, requests, errors, cspViolations };
}

/** Chooses `file` in the element `host` (a CSS selector) and waits for its report. */
export async function checkFile(page, file, host = 'submission-checker') {
  const done = page.evaluate(
    (h) =>
      new Promise((ok) => document.querySelector(h).addEventListener('checked', (e) => ok(e.detail), { once: true })),
    host,
  );
  await page.locator(host).locator('#file').setInputFiles(file);
  return done;
}

const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core against the WCAG 2.0/2.1/2.2 A and AA rules. axe is evaluated
 * through the DevTools protocol, which the page's CSP does not govern, so the
 * policy stays as strict as it ships. axe looks inside open shadow roots.
 */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }),
  );
  // Guard against a run that silently checked nothing (e.g. the shadow root not reached).
  if (result.passes.length < 10) throw new Error(`axe checked only ${result.passes.length} rules`);
  if (!result.passes.some((r) => r.nodes.some((n) => n.target.some(Array.isArray))))
    throw new Error('axe did not look inside the shadow root');
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * Reads an .eml with Python's standard `email` package (policy `default`), an
 * independent MIME parser: headers as a mail app shows them, the plain-text
 * body, and each attachment's name, type and bytes.
 */
export function readEmlWithPython(path) {
  const script = `
import base64, email, email.policy, json, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
print(json.dumps({
  "to": m["To"], "cc": m["Cc"], "subject": m["Subject"], "unsent": m["X-Unsent"], "date": m["Date"], "mime": m["MIME-Version"],
  "body": m.get_body(("plain",)).get_content(),
  "files": [{"name": a.get_filename(), "type": a.get_content_type(), "b64": base64.b64encode(a.get_content()).decode()} for a in m.iter_attachments()],
  "defects": sum(len(p.defects) for p in m.walk())}))
`;
  const out = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
  for (const f of out.files) f.bytes = Buffer.from(f.b64, 'base64');
  return out;
}

/** Whether python3 can run (the .eml tests skip cleanly without it). */
export function hasPython() {
  try {
    execFileSync('python3', ['-c', 'import email'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
