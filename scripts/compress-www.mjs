// Writes a Brotli (.br, quality 11, the most) and a gzip (.gz, level 9) copy
// next to each file the page serves (HTML, CSS, JS, wasm) under site/, so a
// server sends them without compressing on each request (www/serve.mjs does;
// docs/embedding.md tells nginx, Apache, IIS and static hosts how). The
// wasm's JS module is 3-4 times smaller so (BENCHMARKS.md, "First visit on a
// slow connection"). Run by scripts/build-web, last.
//
//   node scripts/compress-www.mjs  prints each file's three sizes
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { files } from './site.mjs';

const site = join(dirname(fileURLToPath(import.meta.url)), '..', 'site');
/** What is worth compressing (site/ holds only what is served: scripts/site.mjs). */
const KINDS = new Set(['.html', '.css', '.js', '.wasm']);

let total = [0, 0, 0];
// Written after the file, so serve.mjs (which skips a copy older than its file) takes it.
for (const file of files(site, KINDS, new Set())) {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  total = [total[0] + bytes.length, total[1] + gz.length, total[2] + br.length];
  if (bytes.length > 20000 || process.argv.includes('--all'))
    console.log(`${relative(site, file).padEnd(32)} ${bytes.length} B, gzip ${gz.length} B, brotli ${br.length} B`);
}
console.log(`all served files: ${total[0]} B, gzip ${total[1]} B, brotli ${total[2]} B`);
