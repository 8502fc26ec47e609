// Reads documents off the page's main thread, so the page never freezes.
// The wasm arrives inside a JS module (no fetch), so the page's CSP can
// forbid every connection.
import { initSync, check, profiles, parseProfile } from './pkg/checker.js';
import wasmBase64 from './pkg/checker_wasm.js';

function start() {
  const bin = atob(wasmBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  initSync({ module: bytes });
}

let startError = null;
try { start(); } catch (e) { startError = e; }

self.onmessage = (event) => {
  const { id, type } = event.data;
  const reply = (body) => self.postMessage({ id, ...body });
  if (startError) { reply({ ok: false, error: String(startError), trapped: true }); return; }
  try {
    if (type === 'profiles') reply({ ok: true, value: profiles() });
    else if (type === 'parse-profile') reply({ ok: true, value: parseProfile(event.data.json) });
    else if (type === 'check') {
      const { bytes, name, call, today, options } = event.data;
      reply({ ok: true, value: check(new Uint8Array(bytes), name, call, today, options) });
    } else reply({ ok: false, error: `unknown request ${type}` });
  } catch (e) {
    // A RuntimeError means the wasm instance trapped and is unusable: the page
    // replaces this worker. Other errors are ordinary (a bad profile...).
    reply({ ok: false, error: e?.message ?? String(e), trapped: e instanceof WebAssembly.RuntimeError });
  }
};
self.postMessage({ id: 0, ok: !startError, ready: true, error: startError ? String(startError) : undefined });
