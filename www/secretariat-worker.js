// Reads a call's text off the page's main thread, with its own wasm: the
// checker's plus the call-text reader (www/pkg-secretariat, built by
// scripts/build-web), embedded in a JS module so the page can forbid every
// connection.
// The module gives the bindings too (as served, they are inside it: scripts/site.mjs).
import wasmText, { initSync, extractCall, parseProfile } from './pkg-secretariat/secretariat_wasm.js';

let startError = null;
try {
  // One character per byte (scripts/embed-wasm.mjs).
  const bytes = new Uint8Array(wasmText.length);
  for (let i = 0; i < wasmText.length; i++) bytes[i] = wasmText.charCodeAt(i);
  initSync({ module: bytes });
} catch (e) {
  startError = e;
}

self.onmessage = (event) => {
  const { id, type } = event.data;
  const reply = (body) => self.postMessage({ id, ...body });
  if (startError) {
    reply({ ok: false, error: String(startError), trapped: true });
    return;
  }
  try {
    if (type === 'extract-call') reply({ ok: true, value: extractCall(event.data.text, event.data.lang ?? 'en') });
    else if (type === 'parse-profile') reply({ ok: true, value: parseProfile(event.data.json) });
    else reply({ ok: false, error: `unknown request ${type}` });
  } catch (e) {
    // A RuntimeError means the wasm instance trapped: the page starts a new worker.
    reply({ ok: false, error: e?.message ?? String(e), trapped: e instanceof WebAssembly.RuntimeError });
  }
};
self.postMessage({ id: 0, ok: !startError, ready: true, error: startError ? String(startError) : undefined });
