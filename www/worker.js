// Reads documents off the page's main thread, so the page never freezes.
// The wasm arrives inside JS modules (no fetch), so the page's CSP can forbid
// every connection. One request at a time; each reply carries its id.
//
// Nothing is loaded until a file needs it: one module per path, each the core
// with one reader, so a person downloads only the code their file takes
// (BENCHMARKS.md, "First visit on a slow connection"):
//   www/pkg           DOCX and DOCM (the most common; the guess for any file but a PDF)
//   www/pkg-pdf       PDF
//   www/pkg-formats   every reader, with Word 97-2003 (.doc) and OpenDocument (.odt):
//                     the module a file goes on to when the one guessed does not read it
//   www/pkg-clean     the clean copy (the DOCX and PDF cleaners), when the person asks for one
// A module that cannot arrive (the network gone on a first visit) fails that
// request only, with `loadFailed`; the next request tries again.
// All speak English; another language's catalogue (www/locales/<code>.js,
// about 10 KB gzipped) is imported the first time the page uses it.
// All tell the languages of Latin-script text apart on their own; for
// Cyrillic, Arabic, Devanagari or Hebrew text a check throws
// `{ missingProfiles }`, and that script's language profiles
// (www/pkg/profiles-<script>.js, 1-4 KB Brotli) are imported, given to the
// instance, and the check asked again.

/** The wasm's bytes from its module text: one character per byte (scripts/embed-wasm.mjs). */
function wasmBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Each module: the wasm inside a JS module, which also gives its bindings (initSync and the
 * exports; as served, they are inside it: one request, scripts/site.mjs).
 */
const MODULES = {
  docx: () => import('./pkg/checker_wasm.js'),
  pdf: () => import('./pkg-pdf/pdf_wasm.js'),
  all: () => import('./pkg-formats/formats_wasm.js'),
  clean: () => import('./pkg-clean/clean_wasm.js'),
};

/** Each module's bindings once started (a promise, so two requests share one download). */
const started = new Map();
/** Every wasm instance started, for the memory figure. */
const instances = new Map();

/** An error saying a module could not be had (not a trap: nothing ran). */
class StartError extends Error {}

/** The bindings of module `name`, imported and started on first use. */
function load(name) {
  if (!started.has(name)) {
    const starting = MODULES[name]()
      .then((bindings) => {
        instances.set(name, bindings.initSync({ module: wasmBytes(bindings.default) }));
        return bindings;
      })
      .catch((e) => {
        // Not kept: the next request tries again (the network may be back).
        started.delete(name);
        throw e instanceof WebAssembly.RuntimeError ? e : new StartError(e?.message ?? String(e));
      });
    started.set(name, starting);
  }
  return started.get(name);
}

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** The module to try first: PDF when `%PDF-` is in the first 1,024 bytes (as the core's sniff looks), else DOCX. */
function guess(bytes) {
  const end = Math.min(bytes.length, 1024) - PDF_HEADER.length;
  for (let i = 0; i <= end; i++) if (PDF_HEADER.every((b, j) => bytes[i + j] === b)) return 'pdf';
  return 'docx';
}

/** A reply whose buffers are moved to the page rather than copied. */
class Transferred {
  constructor(value, list) {
    this.value = value;
    this.list = list;
  }
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

/** Each script's language profiles, imported once; and which instances were given which. */
const profileTexts = new Map();
const profilesGiven = new Map();

/**
 * Gives `bindings` (one module instance) the language profiles of `scripts` (the names a check
 * threw, `cyrillic`...), each the first time. Returns whether it gave any: a check that names
 * only scripts already given fails as it is.
 */
async function giveProfiles(bindings, scripts) {
  if (!profilesGiven.has(bindings)) profilesGiven.set(bindings, new Set());
  const given = profilesGiven.get(bindings);
  let gave = false;
  for (const script of scripts) {
    if (given.has(script) || !/^[a-z]+$/.test(script)) continue;
    if (!profileTexts.has(script)) {
      try {
        profileTexts.set(script, (await import(`./pkg/profiles-${script}.js`)).default);
      } catch (e) {
        throw new StartError(e?.message ?? String(e));
      }
    }
    bindings.giveProfiles(script, profileTexts.get(script));
    given.add(script);
    gave = true;
  }
  return gave;
}

/** `ask(bindings)` (a check or a draft), again after giving the language profiles it says it needs. */
async function withProfiles(bindings, ask) {
  for (;;) {
    try {
      return ask(bindings);
    } catch (e) {
      if (!Array.isArray(e?.missingProfiles) || !(await giveProfiles(bindings, e.missingProfiles))) throw e;
    }
  }
}

/** The bindings that read `bytes`, speaking `lang`: the module guessed, or the one with every reader. */
async function readerOf(bytes, lang) {
  let bindings = await load(guess(bytes));
  if (bindings.elsewhere(bytes)) bindings = await load('all');
  await speak(bindings, lang);
  return bindings;
}

/**
 * The test-only request `trap-for-test` makes the real wasm instance trap:
 * it hands the bindings an array-like claiming 4 GB, so wasm-bindgen's
 * allocator fails and Rust aborts (`RuntimeError: unreachable`), exactly what
 * a panic in the core would do. The browser tests use it to prove the page
 * recovers; it never happens otherwise. `profiles` and `texts` are the
 * wasm's own answers, which tests/e2e/page-data.test.mjs compares with
 * www/profiles.js and www/names/*.js (what the page uses, built from the same core).
 * Only the module with every reader has them (feature `inspect`): the first
 * module a contributor downloads does not carry what only tests ask.
 */
const requests = {
  profiles: async () => (await load('all')).profiles(),
  texts: async ({ lang }) => {
    const bindings = await load('all');
    await speak(bindings, lang);
    return bindings.texts(lang);
  },
  'parse-profile': async ({ json }) => (await load('docx')).parseProfile(json),
  // The page's idle moment: the DOCX module speaking the page's language, so the first file is
  // quick (www/checker-element.js, whenQuiet); again when the person changes the language.
  prepare: async ({ lang }) => {
    await speak(await load('docx'), lang);
  },
  check: async ({ bytes, name, call, today, options }) => {
    const file = new Uint8Array(bytes);
    return withProfiles(await readerOf(file, options?.lang), (b) => b.check(file, name, call, today, options));
  },
  draft: async ({ bytes, name, call, options }) => {
    const file = new Uint8Array(bytes);
    return withProfiles(await readerOf(file, options?.lang), (b) => b.draft(file, name, call, options));
  },
  // The clean copy: `{ bytes, name, format, removed }`; its bytes go back to the page transferred, not copied.
  clean: async ({ bytes, name }) => {
    const copy = (await load('clean')).clean(new Uint8Array(bytes), name);
    return new Transferred(copy, [copy.bytes.buffer]);
  },
  // The wasm's linear memory never shrinks: its size is each instance's peak
  // (the browser bench, scripts/bench-browser, reports it per file).
  memory: () => ({
    wasm: Math.max(0, ...[...instances.values()].map((w) => w.memory.buffer.byteLength)),
  }),
  'trap-for-test': async ({ name, call, today }) =>
    (await load('docx')).check({ length: 0xffff0000 }, name, call, today, undefined),
};

async function answer(event) {
  const { id, type } = event.data;
  const reply = (body) => self.postMessage({ id, ...body });
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
    // replaces this worker. A module that could not arrive is `loadFailed`.
    // Other errors are ordinary (a bad profile...).
    reply({
      ok: false,
      error: e?.message ?? String(e),
      trapped: e instanceof WebAssembly.RuntimeError,
      loadFailed: e instanceof StartError,
    });
  }
}

// One request at a time, in order, even while a module loads.
let queue = Promise.resolve();
self.onmessage = (event) => {
  queue = queue.then(() => answer(event));
};
self.postMessage({ id: 0, ok: true, ready: true });
