// Writes site/: the files a web server serves, from www/ once scripts/build-web
// has built it. Every file keeps its path; JavaScript is minified (esbuild:
// comments, white space and local names out; nothing else changes), the rest
// is copied as it is. The sources in www/ keep their comments for people;
// a contributor's browser gets the same code 30-60% smaller before
// compression, about 9 KB less Brotli before the first verdict
// (BENCHMARKS.md, "First visit on a slow connection").
//
// One file is also bundled with what it imports when it loads:
// checker-element.js (i18n.js, strings.js, element-style.js, profiles.js), so
// the page asks for one file instead of five: each request costs its headers
// (about 750 bytes) and, on a slow connection, a share of the wait. What it
// imports later (a language's words) stays in separate files.
// scripts/sw-files.mjs and scripts/compress-www.mjs then run on site/.
//
//   node scripts/site.mjs
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, transformSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(root, 'www');
const site = join(root, 'site');

/** What a page loads, and what the npm package holds beside it (www/package.json). */
const KINDS = new Set(['.html', '.css', '.js', '.wasm', '.json', '.ts']);
/** The Rust crates' folders and the server itself are not served; compressed copies are made again. */
const SKIP = new Set(['bindings', 'clean-bindings', 'serve.mjs', 'node_modules']);

/** The files under `dir` whose extension is one of `kinds`, except the folders and files named in `skip`. */
export function* files(dir, kinds = KINDS, skip = SKIP) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, kinds, skip);
    else if (kinds.has(extname(entry.name))) yield path;
  }
}

/**
 * A script as served: minified, unless it is a wasm's module (one string
 * literal: nothing to take out); text stays UTF-8, not \u escapes. With no
 * output format given, esbuild keeps each script's kind: a module's imports,
 * exports and `import.meta.url` stay as written, and a classic script's
 * (sw.js) top-level names are not renamed.
 */
function minified(path, text) {
  if (path.endsWith('_wasm.js')) return text;
  return transformSync(text, { loader: 'js', minify: true, charset: 'utf8', legalComments: 'none' }).code;
}

/** The modules bundled with their static imports, minified as above. */
const BUNDLED = ['checker-element.js'];

/**
 * Bundles `file`; fails if a module loaded on demand (a language's words, a
 * wasm) was pulled in, which would make every visitor download all of them.
 */
function bundle(file) {
  const { metafile } = buildSync({
    entryPoints: [join(www, file)],
    outfile: join(site, file),
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
  });
  const pulled = Object.keys(metafile.inputs).filter((input) => /(^|\/)(strings|names|locales|pkg[^/]*)\//.test(input));
  if (pulled.length) throw new Error(`${file}: bundled what it loads on demand: ${pulled.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(site, { recursive: true, force: true });
  let [before, after] = [0, 0];
  for (const path of files(www)) {
    const to = join(site, relative(www, path));
    mkdirSync(dirname(to), { recursive: true });
    if (extname(path) !== '.js') {
      copyFileSync(path, to);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const out = minified(path, text);
    writeFileSync(to, out);
    if (out === text) continue;
    before += Buffer.byteLength(text);
    after += Buffer.byteLength(out);
  }
  for (const file of BUNDLED) bundle(file);
  console.log(`site/: scripts minified from ${before} B to ${after} B; ${BUNDLED.join(', ')} bundled`);
}
