// Takes the README's screenshots of the page after checking the test fixture:
// desktop (1280 px) and phone (360 px). Needs `bash scripts/build-web` first.
// node scripts/screenshot.mjs
import { launch, root, serveWww } from '../tests/e2e/browser.mjs';
import { join } from 'node:path';

const fixture = join(root, 'tests', 'e2e', 'artifacts', 'contribution.docx');
const { server, url } = await serveWww();
const browser = await launch();
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
  await page.goto(url + '?today=2024-05-10&call=emler-2024');
  await page.waitForSelector('body[data-ready=true]');
  await page.setInputFiles('#file', fixture);
  await page.waitForSelector('#results:not([hidden])');
  await page.screenshot({ path: join(root, 'docs', `screenshot-${name}.png`), fullPage: true });
  await page.close();
}
await browser.close();
server.close();
console.log('wrote docs/screenshot-desktop.png and docs/screenshot-phone.png');
