// Takes the README's screenshots of the standalone page after checking a test
// fixture: desktop (1280 px) and phone (360 px). Needs `bash scripts/build-web`
// and the fixtures (`cargo run --example make_fixture -- tests/e2e/artifacts/contribution.docx`).
// node scripts/screenshot.mjs
import { launch, root, serveWww, artifacts } from '../tests/e2e/browser.mjs';
import { join } from 'node:path';

// The test contribution, checked two days before the 2024 deadline: a warning to show.
const file = join(artifacts, 'contribution.docx');
const { server, url } = await serveWww();
const browser = await launch();
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 360, height: 780 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1, locale: 'en-GB' });
  await page.goto(`${url}?today=2024-05-22&call=emler-2024&lang=en`);
  await page.waitForSelector('submission-checker[data-ready=true]');
  await page.locator('submission-checker').locator('#file').setInputFiles(file);
  await page.locator('submission-checker').locator('#organisation').waitFor();
  await page.locator('submission-checker').locator('#organisation').fill('Centre for Justice and Redress');
  await page.locator('submission-checker').locator('#eml[href]').waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: join(root, 'docs', `screenshot-${name}.png`), fullPage: true });
  await page.close();
}
await browser.close();
server.close();
console.log('wrote docs/screenshot-desktop.png and docs/screenshot-phone.png');
