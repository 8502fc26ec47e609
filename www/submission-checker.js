// <submission-checker>: the whole checker in one custom element, for a
// secretariat's call page or the standalone page.
//
//   <script type="module" src="/checker/submission-checker.js"></script>
//   <submission-checker call="emler-2024"></submission-checker>
//
// Configured by attributes (call, email, subject, word-limit, formats,
// languages, deadline, lang, ...) or by a JSON profile in a child
// <script type="application/json">. Nothing is ever sent over the network.
//
// This file starts the Web Worker that reads documents (worker.js) as soon as
// it runs, then imports the element (checker-element.js) and gives it that
// worker. So the worker's script arrives while the element's code does, and
// a file chosen at once has its reader's module asked for at once: a round
// trip less before the first verdict on a slow connection (BENCHMARKS.md,
// "First visit on a slow connection"). Types: types.d.ts.

/**
 * Talks to one worker. If the wasm instance traps (a RuntimeError) or the
 * worker dies, every pending call fails with `trapped: true` and a fresh worker
 * is started: an instance that trapped is never used again. If a module could
 * not be downloaded (`loadFailed`), a fresh worker is started too: a realm
 * remembers a module that failed to arrive and would never ask for it again.
 */
class CheckerWorker {
  constructor() {
    this.next = 1;
    this.pending = new Map();
    this.restarts = 0;
    this.start();
  }
  start() {
    // Written inline so bundlers (Vite, webpack 5) see the worker and copy it.
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((ok, fail) => {
      this.readyOk = ok;
      this.readyFail = fail;
    });
    this.startFailed = false;
    this.ready.catch(() => {
      this.startFailed = true;
    });
    this.worker.onmessage = (e) => {
      const m = e.data;
      if (m.ready) {
        m.ok ? this.readyOk() : this.readyFail(Object.assign(new Error(m.error), { startFailed: true }));
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.trapped) this.restart();
      else if (m.loadFailed) this.restart({ loadFailed: true });
      m.ok
        ? p.ok(m.value)
        : p.fail(Object.assign(new Error(m.error), { trapped: !!m.trapped, loadFailed: !!m.loadFailed }));
    };
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.readyFail(Object.assign(new Error(e.message || 'worker failed'), { startFailed: true }));
      if (this.pending.size) this.restart();
    };
  }
  /** A fresh worker; the calls still pending fail with `why` (by default, as a trap). */
  restart(why = { trapped: true }) {
    this.worker.terminate();
    this.restarts += 1;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.fail(Object.assign(new Error('the checker stopped'), why));
    this.start();
  }
  async call(type, data = {}, transfer = []) {
    // A worker that could not start (its script did not arrive: the network was gone) is tried again.
    if (this.startFailed) this.restart();
    await this.ready;
    const id = this.next++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok, fail });
      this.worker.postMessage({ id, type, ...data }, transfer);
    });
  }
  terminate() {
    this.worker.terminate();
  }
}

/**
 * One worker (one wasm instance) serves every element on the page; it is
 * ended when the last element leaves the page.
 */
let shared = null;
let users = 0;

function acquireWorker() {
  users += 1;
  shared ??= new CheckerWorker();
  return shared;
}
function releaseWorker() {
  users -= 1;
  if (users === 0 && shared) {
    shared.terminate();
    shared = null;
  }
}

// The worker first (nothing to wait for), then the element.
shared ??= new CheckerWorker();
const loading = import('./checker-element.js');
// While the element's code is still arriving the page has nothing to do, so the one slow step
// of the date formatting it needs anyway (the call's deadline, today's date in the call's time
// zone) happens now: the first date formatter a page makes loads ICU's data, about 100 ms on a
// slow phone, and later ones, in any language, take a few (BENCHMARKS.md, "First visit on a
// slow connection").
new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(0);
const element = await loading;
element.define({ acquire: acquireWorker, release: releaseWorker });

export const { SubmissionCheckerElement, STRINGS, LANGS } = element;
export { CheckerWorker };
