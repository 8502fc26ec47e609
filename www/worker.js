// Reads documents off the page's main thread, so the page never freezes.
// The wasm arrives inside a JS module (no fetch), so the page's CSP can
// forbid every connection. One request at a time; each reply carries its id.
import { initSync, check, draft, profiles, parseProfile, texts } from './pkg/checker.js';
import wasmText from './pkg/checker_wasm.js';

let wasm = null;
function start() {
  // One character per byte (scripts/embed-wasm.mjs).
  const bytes = new Uint8Array(wasmText.length);
  for (let i = 0; i < wasmText.length; i++) bytes[i] = wasmText.charCodeAt(i);
  wasm = initSync({ module: bytes });
}

let startError = null;
try {
  start();
} catch (e) {
  startError = e;
}

/**
 * The test-only request `trap-for-test` makes the real wasm instance trap:
 * it hands the bindings an array-like claiming 4 GB, so wasm-bindgen's
 * allocator fails and Rust aborts (`RuntimeError: unreachable`), exactly what
 * a panic in the core would do. The browser tests use it to prove the page
 * recovers; it never happens otherwise.
 */
const requests = {
  profiles: () => profiles(),
  texts: ({ lang }) => texts(lang),
  'parse-profile': ({ json }) => parseProfile(json),
  check: ({ bytes, name, call, today, options }) => check(new Uint8Array(bytes), name, call, today, options),
  draft: ({ bytes, name, call, options }) => draft(new Uint8Array(bytes), name, call, options),
  // The wasm's linear memory never shrinks: its size is this instance's peak
  // (the browser bench, scripts/bench-browser, reports it per file).
  memory: () => ({ wasm: wasm.memory.buffer.byteLength }),
  'trap-for-test': ({ name, call, today }) => check({ length: 0xffff0000 }, name, call, today, undefined),
};

self.onmessage = (event) => {
  const { id, type } = event.data;
  const reply = (body) => self.postMessage({ id, ...body });
  if (startError) {
    reply({ ok: false, error: String(startError), trapped: true });
    return;
  }
  const handle = requests[type];
  if (!handle) {
    reply({ ok: false, error: `unknown request ${type}` });
    return;
  }
  try {
    reply({ ok: true, value: handle(event.data) });
  } catch (e) {
    // A RuntimeError means the wasm instance trapped and is unusable: the page
    // replaces this worker. Other errors are ordinary (a bad profile...).
    reply({ ok: false, error: e?.message ?? String(e), trapped: e instanceof WebAssembly.RuntimeError });
  }
};
self.postMessage({ id: 0, ok: !startError, ready: true, error: startError ? String(startError) : undefined });
