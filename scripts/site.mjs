// Writes site/: the files a web server serves, from www/ once scripts/build-web
// has built it. Every file keeps its path; JavaScript is minified (esbuild:
// comments, white space and local names out; nothing else changes), the rest
// is copied as it is. The sources in www/ keep their comments for people;
// a contributor's browser gets the same code 30-60% smaller before
// compression, about 9 KB less Brotli before the first verdict
// (BENCHMARKS.md, "First visit on a slow connection").
//
// Some files are also bundled with what they import when they load:
// checker-element.js (i18n.js, strings.js, element-style.js, profiles.js), so
// the page asks for one file instead of five, and each language's words
// (strings/<code>.js) with its names (names/<code>.js): each request costs its
// headers (about 800 bytes) and, on a slow connection, a share of the wait.
// What the element imports later (a language's words) stays in separate files.
// A wasm's module (<name>_wasm.js) holds its bindings (<name>.js) the same way,
// the standalone page's script (app.js) the element's entry, and its page
// (index.html) its style sheet.
// scripts/sw-files.mjs and scripts/compress-www.mjs then run on site/.
//
//   node scripts/site.mjs
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync, transformSync } from 'esbuild';
import { bindingsLine } from './embed-wasm.mjs';

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
  if (path.endsWith('_wasm.js')) return withBindings(path, text);
  return transformSync(text, { loader: 'js', minify: true, charset: 'utf8', legalComments: 'none' }).code;
}

/** How esbuild bundles: ES modules, minified as above. */
const BUNDLING = {
  bundle: true,
  format: 'esm',
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'error',
};

/**
 * A wasm's module as served: the line that gives its bindings (`export * from './<name>.js'`,
 * scripts/embed-wasm.mjs) replaced by the bindings themselves, minified, so a worker makes one
 * request for both. The bytes' string literal is left exactly as it is (esbuild would write
 * some characters as escapes, longer).
 */
function withBindings(path, text) {
  const name = basename(path, '_wasm.js');
  const line = bindingsLine(name);
  if (!text.includes(line)) throw new Error(`${path}: no line giving its bindings (${line.trim()})`);
  const { outputFiles } = buildSync({
    ...BUNDLING,
    stdin: { contents: line, resolveDir: dirname(path), sourcefile: `${name}_wasm.js` },
    write: false,
  });
  return text.replace(line, `${outputFiles[0].text.trim()}\n`);
}

/**
 * The modules bundled with their static imports, minified as above: the
 * element's file; the standalone page's script with the element's entry
 * (submission-checker.js), but not the element itself, which the entry
 * imports once it has started the worker; and each language's words with
 * that language's names (strings/<code>.js imports names/<code>.js), one
 * request a language.
 */
const BUNDLED = [
  'checker-element.js',
  'app.js',
  ...readdirSync(join(www, 'strings'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `strings/${f}`),
];

/**
 * An esbuild plugin: the element's style sheet (element-style.js, one template literal of CSS
 * without substitutions) minified as CSS, which the JavaScript minifier leaves as it is.
 */
const minifiedStyle = {
  name: 'minified-style',
  setup(build) {
    build.onLoad({ filter: /element-style\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const css = text.slice(text.indexOf('`') + 1, text.lastIndexOf('`'));
      if (css.includes('${')) throw new Error(`${path}: the style sheet is not one plain template literal`);
      const min = transformSync(css, { loader: 'css', minify: true }).code.trim();
      return { contents: `export default ${JSON.stringify(min)};`, loader: 'js' };
    });
  },
};

/** Modules imported as they are, never bundled: the element, so the worker starts before it arrives. */
const APART = ['./checker-element.js'];

/**
 * Bundles `file`; fails if a module loaded on demand (a language's words, a
 * wasm) was pulled in, other than `file` itself and its own language's names:
 * that would make every visitor download all of them.
 */
async function bundle(file) {
  const { metafile } = await build({
    external: file === 'checker-element.js' ? [] : APART,
    plugins: [minifiedStyle],
    entryPoints: [join(www, file)],
    outfile: join(site, file),
    // Inputs are then named from the project's root (www/...), wherever this runs from.
    absWorkingDir: root,
    ...BUNDLING,
    metafile: true,
  });
  const own = file.startsWith('strings/') ? [`www/${file}`, `www/names/${file.slice('strings/'.length)}`] : [];
  const pulled = Object.keys(metafile.inputs).filter(
    (input) =>
      (/(^|\/)(strings|names|locales|pkg[^/]*)\//.test(input) && !own.includes(input)) ||
      (input === 'www/checker-element.js' && file !== 'checker-element.js'),
  );
  if (pulled.length) throw new Error(`${file}: bundled what it loads on demand: ${pulled.join(', ')}`);
}

/**
 * The standalone page with its style sheet (style.css, minified) inside a <style> element, which
 * its Content-Security-Policy allows by the text's SHA-256 ('sha256-...' in style-src): one
 * request fewer before the page shows. The page's own file (www/index.html) keeps the link.
 */
function inlineStyle(page) {
  const link = '<link rel="stylesheet" href="style.css">';
  const html = readFileSync(join(site, page), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self'/);
  if (!html.includes(link) || !policy)
    throw new Error(`${page}: no style.css link or no style-src 'self' to inline it`);
  const css = transformSync(readFileSync(join(www, 'style.css'), 'utf8'), { loader: 'css', minify: true }).code.trim();
  const hash = createHash('sha256').update(css).digest('base64');
  const out = html.replace(policy[0], `${policy[0]} 'sha256-${hash}'`).replace(link, `<style>${css}</style>`);
  writeFileSync(join(site, page), out);
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
  for (const file of BUNDLED) await bundle(file);
  inlineStyle('index.html');
  console.log(`site/: scripts minified from ${before} B to ${after} B; ${BUNDLED.join(', ')} bundled`);
}
