// The checker's service worker: after the first visit, the page and the
// checker's modules come from this origin's Cache Storage, so the next visit
// shows the checker at once and works with the network off. Registered by
// <submission-checker> (unless it has the attribute `no-service-worker`);
// it only ever asks this origin's server, like the page.
//
// www/sw-files.js (written by scripts/build-web) names the build and its
// files. The browser compares it with the server's on each visit; when it
// changed, a new copy of this worker caches the new build and waits: it
// takes over only once no page uses the old one (no skipWaiting), so a page
// never sees two builds, and a check is never cut short. The next visit runs
// the new build. Nor does the first install take over the page that
// registered it (no clients.claim): that visit stays on the network as it
// began, and from the next one every request passes here, the modules
// imported on demand (other languages, .doc/.odt, the clean copy) kept the
// first time they are used.
importScripts('./sw-files.js');

const { version, files, page } = self.checkerBuild;
const CACHE = `submission-checker-${version}`;
const scope = new URL(self.registration.scope);
/** A request for `path` (relative to this worker's folder) that revalidates with the server. */
const fresh = (path) => new Request(new URL(path, scope), { cache: 'no-cache' });

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `no-cache`: revalidated with the server (a 304 when the HTTP cache
      // has it), never an older copy. The element's files must all be kept...
      await cache.addAll(files.map((f) => fresh(f)));
      // ...the pages that registered it, and the standalone page's own files,
      // when there are (a package on another page has no app.js).
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const extra = [...page, ...pages.map((c) => c.url).filter((u) => u.startsWith(scope.href))];
      await Promise.all(extra.map((u) => cache.add(fresh(u)).catch(() => {})));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('submission-checker-') && name !== CACHE) await caches.delete(name);
    })(),
  );
});

/** The request's response from the network, kept in this build's cache when it is a whole 200. */
async function fromNetwork(request) {
  const response = await fetch(request);
  if (response.ok && response.status === 200 && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  if (request.mode === 'navigate') {
    // The page itself: the network's copy when there is one (it is small and
    // may carry a new build), else the kept one, whatever its query (?lang=, ?call=).
    event.respondWith(
      fromNetwork(request).catch(async () => {
        const cache = await caches.open(CACHE);
        return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
      }),
    );
    return;
  }
  // The modules: this build's copy, so the page never mixes builds.
  event.respondWith((async () => (await (await caches.open(CACHE)).match(request)) ?? fromNetwork(request))());
});
