// The page in the seven languages: Arabic right to left on a phone, the
// page's words all from the catalogues (a pseudo-locale shows any other), and
// a document with findings checked in Arabic, Chinese and Russian.
// Screenshots go to tests/e2e/artifacts/languages/ (SCREENSHOTS=docs/screenshots
// writes the ones docs/ shows).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, axeViolations, checkFile, launch, openPage, root, serveWww } from './browser.mjs';
import { LANGS, loadStrings, t } from '../../www/i18n.js';

// The page's words in every language, as the page imports each when it first speaks it.
await Promise.all(LANGS.map(loadStrings));

const shadow = (page, selector) => page.locator('submission-checker').locator(selector);
const dirty = join(artifacts, 'dirty.docx');
const shots = process.env.SCREENSHOTS ? join(root, process.env.SCREENSHOTS) : join(artifacts, 'languages');

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('in Arabic at 360 px the page runs right to left, scrolls no sideways and axe finds nothing', async () => {
  const { context, page, requests, errors } = await openPage(browser, `${url}?today=2024-05-10&lang=ar`, {
    viewport: { width: 360, height: 740 },
  });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await shadow(page, '.sc').getAttribute('dir'), 'rtl');
  assert.equal(await overflow(), 0);
  assert.deepEqual(await axeViolations(page), []);
  // The core's Arabic words arrive as one module, and no other language's.
  const catalogues = () => requests.filter((r) => r.url.includes('/locales/')).map((r) => new URL(r.url).pathname);
  assert.deepEqual(catalogues(), ['/locales/ar.js']);
  const before = requests.length;

  const report = await checkFile(page, dirty);
  assert.equal(report.verdict, 'ready-with-warnings');
  const n = report.findings.filter((f) => f.severity === 'warning' && report.would_publish.includes(f.rule)).length;
  // The verdict is the Arabic catalogue's sentence, and the findings are the core's Arabic.
  assert.ok((await shadow(page, '#verdict').textContent()).startsWith(t('ar', 'ready-but', { n })));
  assert.match(report.findings[0].message, /\p{Script=Arabic}/u);
  // Values inside Arabic text are isolated (FSI … PDI): a Latin quote keeps its own order.
  const place = report.findings.find((f) => f.place?.includes('Check this figure')).place;
  assert.match(place, /\u2068[^\u2069]*Check this figure[^\u2069]*\u2069/);
  const finding = shadow(page, '.finding').first();
  const style = await finding.evaluate((el) => {
    const s = getComputedStyle(el);
    return { direction: s.direction, right: s.borderRightWidth, left: s.borderLeftWidth };
  });
  assert.deepEqual(style, { direction: 'rtl', right: '4px', left: '0px' }, 'the findings read right to left');
  // Latin names inside Arabic text keep their own order: the figures isolate each value.
  const bidi = await shadow(page, '#figures dd')
    .first()
    .evaluate((el) => getComputedStyle(el).unicodeBidi);
  assert.equal(bidi, 'plaintext');
  await shadow(page, '#eml[href]').waitFor();
  assert.equal(await overflow(), 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(requests.slice(before), [], 'no request through the check');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ['ar', 'zh', 'ru']) {
  test(`a document with findings, checked in ${lang}`, async () => {
    const { context, page, errors } = await openPage(browser, `${url}?today=2024-05-10&lang=${lang}`, {
      viewport: { width: 1000, height: 900 },
    });
    const report = await checkFile(page, dirty);
    assert.equal(report.lang, lang);
    const text = await shadow(page, '.sc').textContent();
    for (const f of report.findings) assert.ok(text.includes(f.message), `${lang}: ${f.message} is shown`);
    // Every place is in the reader's language: no English part names.
    for (const f of report.findings.filter((f) => f.place))
      assert.doesNotMatch(f.place, /\b(comment|paragraph|footnote|header|footer|page)\b/, f.place);
    await page.screenshot({ path: join(shots, `checker-${lang}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('with a pseudo-locale, every word the page shows comes from the catalogues', async () => {
  const pseudo = join(artifacts, 'pseudo');
  execFileSync('node', [join(root, 'scripts/page-strings.mjs'), '--pseudo', pseudo]);
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10&lang=en`, {
    viewport: { width: 1000, height: 900 },
  });
  await context.route(/\/strings(\/[a-z]+)?\.js$/, (route) =>
    route.fulfill({ path: join(pseudo, new URL(route.request().url()).pathname), contentType: 'text/javascript' }),
  );
  // The reload must ask the network for the strings: without this, the page's
  // service worker (www/sw.js) would answer with the copy it kept.
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  });
  await page.reload();
  await page.waitForSelector('submission-checker[data-ready=true]');
  await checkFile(page, dirty);
  await shadow(page, '#eml[href]').waitFor();
  // Text the page shows that is not inside ⟦ ⟧: only values (the call's facts, the file's name and
  // figures) and the core's own words (findings, format names), which come from checker.ftl.
  const stray = await page.evaluate(() => {
    const rootNode = document.querySelector('submission-checker').shadowRoot;
    const data = '.finding, dd, .value, option, #call';
    const out = [];
    const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.textContent.trim();
      const el = n.parentElement;
      if (!s || !/\p{L}/u.test(s) || el.closest(data) || el.closest('[hidden]')) continue;
      if (!el.closest('*') || getComputedStyle(el).display === 'none') continue;
      if (!/⟦[^⟧]*⟧/.test(el.textContent)) out.push(`${el.tagName}#${el.id}.${el.className}: ${s}`);
    }
    return out;
  });
  assert.deepEqual(stray, []);
  // Each text is 40% longer: the layout still holds.
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    0,
  );
  await page.screenshot({ path: join(artifacts, 'pseudo.png'), fullPage: true });
  await context.close();
});

test('a language the checker does not speak gives English, and the console says so once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${url}?today=2024-05-10&lang=de`);
  await page.waitForSelector('submission-checker[data-ready=true]');
  assert.equal(await shadow(page, '.sc').getAttribute('lang'), 'en');
  assert.equal(await shadow(page, '#lang').inputValue(), 'en');
  assert.deepEqual(
    warnings.filter((w) => w.includes('“de”')),
    [t('en', 'unknown-lang', { lang: 'de' })],
  );
  assert.deepEqual(
    urls.filter((u) => u.includes('/locales/')),
    [],
    'an English page imports no other language',
  );
  await context.close();
});

test("the element follows its page's lang attribute when it changes, even after a pick in the switcher", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?today=2024-05-10`);
  await page.waitForSelector('submission-checker[data-ready=true]');
  const title = () => shadow(page, '.title').textContent();
  const setLang = (lang) =>
    page.evaluate((l) => document.querySelector('submission-checker').setAttribute('lang', l), lang);
  await setLang('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await title(), t('fr', 'title'));
  // A person picks Spanish; then the page itself switches to Russian: the page wins.
  await shadow(page, '#lang').selectOption('es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await setLang('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.equal(await title(), t('ru', 'title'));
  assert.equal(await shadow(page, '#lang').inputValue(), 'ru');
  await context.close();
});
