// Reads documents off the page's main thread, so the page never freezes.
// The wasm arrives inside a JS module (no fetch), so the page's CSP can
// forbid every connection. One request at a time; each reply carries its id.
//
// Two modules: www/pkg reads DOCX and PDF and is loaded at once; www/pkg-formats
// also reads Word 97-2003 (.doc) and OpenDocument (.odt) and is imported the
// first time such a file arrives (28 KB gzipped that most people never need).
// A third, www/pkg-clean, makes the clean copy (the DOCX and PDF cleaners); it
// is imported the first time the person asks for one.
// All speak English; another language's catalogue (www/locales/<code>.js,
// about 10 KB gzipped) is imported the first time the page uses it.
import { initSync, check, draft, profiles, parseProfile, texts, format, loadCatalogue } from './pkg/checker.js';
import wasmText from './pkg/checker_wasm.js';

/** The wasm's bytes from its module text: one character per byte (scripts/embed-wasm.mjs). */
function wasmBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

let wasm = null;
let startError = null;
try {
  wasm = initSync({ module: wasmBytes(wasmText) });
} catch (e) {
  startError = e;
}

/** Formats only the second module reads (the report's `file.format`). */
const MORE_FORMATS = new Set(['doc', 'odt']);
let moreFormats = null;

/** The second module's bindings, imported and started on first use. */
async function loadMoreFormats() {
  if (!moreFormats) {
    const [bindings, text] = await Promise.all([
      import('./pkg-formats/formats.js'),
      import('./pkg-formats/formats_wasm.js'),
    ]);
    bindings.initSync({ module: wasmBytes(text.default) });
    moreFormats = bindings;
  }
  return moreFormats;
}

/** A reply whose buffers are moved to the page rather than copied. */
class Transferred {
  constructor(value, list) {
    this.value = value;
    this.list = list;
  }
}

let cleaner = null;

/** The clean-copy module's bindings, imported and started on first use. */
async function loadCleaner() {
  if (!cleaner) {
    const [bindings, text] = await Promise.all([import('./pkg-clean/clean.js'), import('./pkg-clean/clean_wasm.js')]);
    bindings.initSync({ module: wasmBytes(text.default) });
    cleaner = bindings;
  }
  return cleaner;
}

/** Each catalogue module, imported once; and which instances were given which language. */
const catalogues = new Map();
const given = new Map();

/**
 * Gives `bindings` (one module instance) the catalogue of `lang`, the first time. The page asks
 * only for its own languages (www/strings.js's LANGS, one per folder of locales/, as the core's
 * are: tests hold the two lists equal), and every one but English has a module in locales/.
 */
async function speak(bindings, lang) {
  const code = String(lang ?? 'en')
    .toLowerCase()
    .split(/[-_]/)[0];
  if (code === 'en' || !/^[a-z]{2}$/.test(code)) return;
  if (!given.has(bindings)) given.set(bindings, new Set());
  if (given.get(bindings).has(code)) return;
  if (!catalogues.has(code)) catalogues.set(code, (await import(`./locales/${code}.js`)).default);
  bindings.loadCatalogue(code, catalogues.get(code));
  given.get(bindings).add(code);
}

const main = { check, draft, loadCatalogue };

/** The bindings that read `bytes` (this module's, or the second module's), speaking `lang`. */
async function readerOf(bytes, lang) {
  const bindings = MORE_FORMATS.has(format(bytes)) ? await loadMoreFormats() : main;
  await speak(bindings, lang);
  return bindings;
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
  texts: async ({ lang }) => {
    await speak(main, lang);
    return texts(lang);
  },
  'parse-profile': ({ json }) => parseProfile(json),
  check: async ({ bytes, name, call, today, options }) => {
    const file = new Uint8Array(bytes);
    return (await readerOf(file, options?.lang)).check(file, name, call, today, options);
  },
  draft: async ({ bytes, name, call, options }) => {
    const file = new Uint8Array(bytes);
    return (await readerOf(file, options?.lang)).draft(file, name, call, options);
  },
  // The clean copy: `{ bytes, name, format, removed }`; its bytes go back to the page transferred, not copied.
  clean: async ({ bytes, name }) => {
    const copy = (await loadCleaner()).clean(new Uint8Array(bytes), name);
    return new Transferred(copy, [copy.bytes.buffer]);
  },
  // The wasm's linear memory never shrinks: its size is this instance's peak
  // (the browser bench, scripts/bench-browser, reports it per file).
  memory: () => ({ wasm: wasm.memory.buffer.byteLength }),
  'trap-for-test': ({ name, call, today }) => check({ length: 0xffff0000 }, name, call, today, undefined),
};

async function answer(event) {
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
    const value = await handle(event.data);
    if (value instanceof Transferred) self.postMessage({ id, ok: true, value: value.value }, value.list);
    else reply({ ok: true, value });
  } catch (e) {
    // A RuntimeError means a wasm instance trapped and is unusable: the page
    // replaces this worker. Other errors are ordinary (a bad profile...).
    reply({ ok: false, error: e?.message ?? String(e), trapped: e instanceof WebAssembly.RuntimeError });
  }
}

// One request at a time, in order, even while the second module loads.
let queue = Promise.resolve();
self.onmessage = (event) => {
  queue = queue.then(() => answer(event));
};
self.postMessage({ id: 0, ok: !startError, ready: true, error: startError ? String(startError) : undefined });
