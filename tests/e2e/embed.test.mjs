// The one-tag embed on an ordinary call page (www/example-call.html): set up
// by attributes or by a JSON profile, in four languages chosen from the
// browser's and switchable, accessible, and silent on the network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, checkFile, fixture, launch, openPage, serveWww } from './browser.mjs';

const shadow = (page, selector, host = 'submission-checker') => page.locator(host).first().locator(selector);

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("embedded by attributes: the call page shows the call's rules and checks a file with no request", async () => {
  const { context, page, requests, errors, cspViolations } = await openPage(browser, `${url}example-call.html`, {
    locale: 'en-GB',
  });
  const loaded = requests.length;
  // Every request at load came from this site (the element's module, worker and wasm are 'self').
  for (const r of requests) assert.ok(r.url.startsWith(url), r.url);
  const facts = await shadow(page, '#facts').textContent();
  // The 2024 call's own words: subject "EMLER 2024 Report", "2500 words", "by 24 May 2024".
  assert.match(facts, /EMLER 2024 Report/);
  assert.match(facts, /2,500 words/);
  assert.match(facts, /24 May 2024/);
  assert.match(facts, /not given in this call/);
  // The element's headings continue the page's outline (heading-level="3" under the page's h2).
  assert.equal(
    await page.evaluate(() => document.querySelector('submission-checker').shadowRoot.querySelector('.title').tagName),
    'H3',
  );

  await page.evaluate(() => document.querySelector('submission-checker').setAttribute('today', '2024-05-10'));
  const report = await checkFile(page, fixture);
  assert.equal(report.ready, true);
  await shadow(page, '#eml[href]').waitFor();
  assert.deepEqual(
    requests.slice(loaded).map((r) => r.url),
    [],
  );
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded by a JSON profile: its address, subject and word limit are the rules checked', async () => {
  const { context, page, requests } = await openPage(browser, `${url}example-call.html`, { locale: 'en-GB' });
  const loaded = requests.length;
  await page.evaluate(() => {
    const el = document.createElement('submission-checker');
    el.id = 'by-json';
    el.setAttribute('today', '2024-05-10');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      id: 'consultation-2025',
      title: 'Public consultation',
      email: 'registry@ohchr.org',
      subject: 'Consultation 2025 – contribution',
      word_limit: 50,
      formats: ['docx', 'pdf'],
      languages: ['en', 'fr'],
      deadline: '2024-06-30',
    });
    el.append(script);
    document.querySelector('main').append(el);
  });
  await page.waitForSelector('#by-json[data-ready=true]');
  const facts = await shadow(page, '#facts', '#by-json').textContent();
  assert.match(facts, /registry@ohchr\.org/);
  assert.match(facts, /Consultation 2025 – contribution/);
  assert.match(facts, /50 words/);
  const report = await checkFile(page, fixture, '#by-json');
  assert.equal(report.call, 'consultation-2025');
  assert.equal(report.words.limit, 50);
  const rules = report.findings.map((f) => f.rule);
  assert.ok(rules.includes('word-limit'), rules.join(', '));
  assert.match(await shadow(page, '#verdict', '#by-json').textContent(), /1 thing to fix/);
  const link = new URL(await shadow(page, '#mailto', '#by-json').getAttribute('href'));
  assert.equal(decodeURIComponent(link.pathname), 'registry@ohchr.org');
  assert.equal(link.searchParams.get('subject'), 'Consultation 2025 – contribution');
  assert.deepEqual(
    requests.slice(loaded).map((r) => r.url),
    [],
  );
  await context.close();
});

test("a wrong profile is reported by field, for the page's owner", async () => {
  const { context, page } = await openPage(browser, `${url}example-call.html`, { locale: 'en-GB' });
  await page.evaluate(() => {
    const el = document.createElement('submission-checker');
    el.id = 'bad';
    el.setAttribute('call', 'emler-2024');
    el.setAttribute('word-limit', '0');
    document.querySelector('main').append(el);
  });
  await page.waitForSelector('#bad[data-error=config]');
  assert.match(await shadow(page, '#status', '#bad').textContent(), /not set up correctly.*word_limit/);
  await context.close();
});

const LANG_EXPECTED = {
  // The interface words of each language (www/i18n.js) and a word the core's
  // catalogue uses for a damaged file in that language.
  en: { title: 'Check your contribution before you send it', damaged: /damaged/ },
  fr: { title: 'Vérifiez votre contribution avant de l’envoyer', damaged: /endommagé/ },
  es: { title: 'Verifique su contribución antes de enviarla', damaged: /dañado/ },
  pt: { title: 'Verifique sua contribuição antes de enviá-la', damaged: /danificado/ },
};

test("the interface follows the browser's language, and the rule messages follow the interface", async () => {
  for (const [locale, lang] of [
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['pt-BR', 'pt'],
    ['de-DE', 'en'],
  ]) {
    const { context, page } = await openPage(browser, `${url}example-call.html`, { locale });
    assert.equal(await shadow(page, '.title').textContent(), LANG_EXPECTED[lang].title, locale);
    assert.equal(await shadow(page, '#lang').inputValue(), lang);
    const report = await checkFile(page, {
      name: 'broken.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\x03\x04 broken'),
    });
    assert.equal(report.lang, lang);
    assert.match(report.findings.find((f) => f.rule === 'unreadable-file').message, LANG_EXPECTED[lang].damaged);
    await context.close();
  }
});

test('switching the language redraws the interface and re-words the findings', async () => {
  const { context, page } = await openPage(browser, `${url}?today=2024-05-10`, { locale: 'en-GB' });
  await checkFile(page, {
    name: 'broken.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\x03\x04 broken'),
  });
  for (const lang of ['fr', 'es', 'pt', 'en']) {
    const redone = page.evaluate(
      () =>
        new Promise((ok) =>
          document.querySelector('submission-checker').addEventListener('checked', (e) => ok(e.detail), { once: true }),
        ),
    );
    await shadow(page, '#lang').selectOption(lang);
    const report = await redone;
    assert.equal(report.lang, lang);
    assert.equal(await shadow(page, '.title').textContent(), LANG_EXPECTED[lang].title);
    assert.match(await shadow(page, '#findings').textContent(), LANG_EXPECTED[lang].damaged);
    assert.equal(
      await page.evaluate(() => document.querySelector('submission-checker').shadowRoot.querySelector('.sc').lang),
      lang,
    );
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the standalone page follows');
  }
  await context.close();
});

test('axe finds no WCAG 2.2 A/AA violation on the example call page, before and after a check, in every language', async () => {
  const { context, page } = await openPage(browser, `${url}example-call.html`, { locale: 'en-GB' });
  assert.deepEqual(await axeViolations(page), []);
  await page.evaluate(() => document.querySelector('submission-checker').setAttribute('today', '2024-05-10'));
  await checkFile(page, fixture);
  await shadow(page, '#eml[href]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  for (const lang of ['fr', 'es', 'pt']) {
    const redone = page.evaluate(
      () =>
        new Promise((ok) =>
          document.querySelector('submission-checker').addEventListener('checked', ok, { once: true }),
        ),
    );
    await shadow(page, '#lang').selectOption(lang);
    await redone;
    assert.deepEqual(await axeViolations(page), [], lang);
  }
  await context.close();
});
