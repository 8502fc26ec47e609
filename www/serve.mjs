// A tiny static file server for site/ (what scripts/build-web makes of www/),
// bound to 127.0.0.1 only. Used by
// `bash scripts/run` and by the browser tests. No dependencies.
//
// It serves what a secretariat's server should (docs/embedding.md, "Serving
// it fast"): the .br or .gz that scripts/build-web wrote next to a file when
// the browser accepts it (the wasm's module is 3-4 times smaller so), with an
// ETag, and `Cache-Control: no-cache`, so a browser keeps every file but
// asks whether it changed (a 304 of a few hundred bytes) before using it:
// the modules' names carry no hash, and a page must never mix two builds.
// A .br or .gz older than its file is stale (the file was edited after the
// build) and is not served.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Encodings we may have on disk, best first: [token, file suffix]. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** The encodings an `Accept-Encoding` header allows (q=0 refuses one). */
function accepted(header = '') {
  const ok = new Set();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) ok.add(token);
  }
  return ok;
}

/** ETags by path, kept while the file's size and time stay the same. */
const tags = new Map();

async function etagOf(file, info) {
  const key = `${info.size}:${info.mtimeMs}`;
  const known = tags.get(file);
  if (known?.key === key) return known.tag;
  const tag = `"${createHash('sha256')
    .update(await readFile(file))
    .digest('base64url')
    .slice(0, 22)}"`;
  tags.set(file, { key, tag });
  return tag;
}

/** What scripts/build-web compresses (scripts/compress-www.mjs). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.ts', '.txt']);

/** Serves `root` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) throw new Error('not found');
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      // The service worker is not under the page's policy but its own: it may
      // only fetch from this origin and import sw-files.js.
      if (file === join(base, 'sw.js'))
        headers['content-security-policy'] = "default-src 'none'; script-src 'self'; connect-src 'self'";
      let body = file;
      let tag = await etagOf(file, info);
      if (COMPRESSIBLE.has(extname(file))) {
        headers.vary = 'Accept-Encoding';
        const ok = accepted(req.headers['accept-encoding']);
        for (const [token, suffix] of ENCODINGS) {
          if (!ok.has(token)) continue;
          const packed = await stat(file + suffix).catch(() => null);
          if (!packed?.isFile() || packed.mtimeMs < info.mtimeMs) continue;
          body = file + suffix;
          headers['content-encoding'] = token;
          // A different representation needs a different tag (RFC 9110, 8.8.3).
          tag = `${tag.slice(0, -1)}-${token}"`;
          break;
        }
      }
      headers.etag = tag;
      const wanted = req.headers['if-none-match'];
      if (wanted?.split(',').some((t) => t.trim().replace(/^W\//, '') === tag)) {
        res.writeHead(304, headers).end();
        return;
      }
      const bytes = await readFile(body);
      headers['content-length'] = bytes.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : bytes);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  // site/, which scripts/build-web writes from www/ (scripts/site.mjs).
  const { url } = await serve(fileURLToPath(new URL('../site/', import.meta.url)), port);
  console.log(`submission-checker is running at ${url}  (Ctrl+C to stop)`);
}
