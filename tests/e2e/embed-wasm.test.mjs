// The wasm embedded in a JS module (scripts/embed-wasm.mjs): read back as the
// workers read it, every byte must come out as it went in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { wasmModuleText } from '../../scripts/embed-wasm.mjs';
import { root } from './browser.mjs';

/** What www/worker.js does with the module's default export. */
function bytesOf(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

test('every byte value, and NUL before a digit, survive the module', async () => {
  const all = Array.from({ length: 256 }, (_, i) => i);
  // NUL then a digit ("\01" would be an octal escape), escapes next to each other, a NUL at the end.
  const input = Uint8Array.from([...all, 0, 0x31, 0, 0x39, 0x5c, 0x22, 0x0d, 0x0a, 0x5c, 0x30, 0x00]);
  const file = join(mkdtempSync(join(tmpdir(), 'embed-wasm-')), 'bytes.js');
  writeFileSync(file, wasmModuleText(input), 'utf8');
  const { default: text } = await import(pathToFileURL(file).href);
  assert.deepEqual(bytesOf(text), input);
});

for (const [dir, name] of [
  ['pkg', 'checker'],
  ['pkg-pdf', 'pdf'],
  ['pkg-secretariat', 'secretariat'],
  ['pkg-formats', 'formats'],
  ['pkg-clean', 'clean'],
]) {
  const wasm = join(root, 'www', dir, `${name}_bg.wasm`);
  test(`www/${dir}/${name}_wasm.js holds ${name}_bg.wasm byte for byte, and site/'s its bindings too`, {
    skip: !existsSync(wasm) && 'not built',
  }, async () => {
    for (const from of ['www', 'site']) {
      // site/'s has the bindings inside it (scripts/site.mjs); www/'s gives them from <name>.js.
      const module = await import(pathToFileURL(join(root, from, dir, `${name}_wasm.js`)).href);
      assert.deepEqual(Buffer.from(bytesOf(module.default)), readFileSync(wasm), from);
      assert.equal(typeof module.initSync, 'function', from);
    }
    const served = readFileSync(join(root, 'site', dir, `${name}_wasm.js`), 'utf8');
    assert.ok(!/\bfrom\s*["']/.test(served.slice(0, served.indexOf('export default "'))), 'site/ imports nothing');
  });
}
