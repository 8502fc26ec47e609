// The page is ready before any wasm has arrived because two things it needs
// were written by the core when it was built (examples/page_data.rs):
// www/profiles.js, the built-in calls, and www/names/<code>.js, the names of
// formats, annotation kinds and languages. They must be what the wasm itself
// answers, or the page would show one thing and check another: the worker's
// test requests `profiles` and `texts` ask a module that checks (the one with
// every reader, built from the same core and catalogues).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGS } from '../../www/i18n.js';
import { launch, openPage, root, serveWww } from './browser.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await serveWww());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const built = async (file) => (await import(pathToFileURL(join(root, 'site', file)).href)).default;
const ask = (page, type, data = {}) =>
  page.evaluate(([type, data]) => document.querySelector('submission-checker').worker.call(type, data), [type, data]);

test("www/profiles.js and www/names/*.js hold the wasm's own answers, in every language", async () => {
  const { context, page } = await openPage(browser, `${url}?lang=en`);
  const profiles = await built('profiles.js');
  assert.ok(profiles.length >= 2, 'the built-in calls are there');
  assert.deepEqual(await ask(page, 'profiles'), profiles);
  for (const lang of LANGS) {
    const names = await built(`names/${lang}.js`);
    assert.ok(
      Object.keys(names).some((k) => k.startsWith('format.')),
      `${lang} names formats`,
    );
    assert.deepEqual(await ask(page, 'texts', { lang }), names, lang);
  }
  await context.close();
});
