// <submission-checker>, the element itself: the form, the call's facts, the
// report and the ways to send. Loaded by submission-checker.js (the file a
// page includes), which starts the worker first. The document is read by the
// Rust core in that Web Worker (worker.js); nothing is
// ever sent over the network. Types: types.d.ts.

import styleText from './element-style.js';
import { LANGS, LANG_NAMES, NAMES, STRINGS, dirOf, formatter, loadStrings, pickLang, t } from './i18n.js';
// The built-in calls, validated by the core when the page was built
// (examples/page_data.rs): the element is ready with one of them before any
// wasm has arrived. Names of formats and languages come per language from names/<code>.js
// (given by strings/<code>.js).
import BUILTINS from './profiles.js';

/** After this long a check shows a progress indicator (ms). */
const SHOW_PROGRESS_AFTER = 200;
/** How often the live region repeats the elapsed time while a check runs (ms). */
const ANNOUNCE_EVERY = 5000;
/** The formats the clean copy is made of (www/pkg-clean; docs/clean-copy.md). */
const CLEANABLE = new Set(['docx', 'docm', 'pdf']);
const COPY_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
/** The reasons a clean copy can fail, as the core's error codes (an `Error`'s `code: detail` message). */
const CLEAN_FAILURES = ['unsupported', 'corrupt', 'too-large', 'password-protected'];

/**
 * How long the page must have had no check before it fetches what no file has
 * asked for yet (ms): a person who chooses a file at once gets the network to
 * themselves (a PDF's module is not slowed by the DOCX one), one who reads the
 * call first finds the DOCX module already there.
 */
const QUIET_FOR = 2000;
/** Checks under way on this page, how many ever started, and who waits for there to be none. */
let checking = 0;
let checksStarted = 0;
const whenIdle = [];
function checkStarted() {
  checking += 1;
  checksStarted += 1;
}
function checkEnded() {
  checking -= 1;
  if (checking === 0) for (const ok of whenIdle.splice(0)) ok();
}
/** Resolves once no check has run for QUIET_FOR and the browser has a moment to spare. */
async function quietMoment() {
  while (true) {
    if (checking) await new Promise((ok) => whenIdle.push(ok));
    const before = checksStarted;
    await new Promise((ok) => setTimeout(ok, QUIET_FOR));
    if (checking || checksStarted !== before) continue;
    await new Promise((ok) => (globalThis.requestIdleCallback ?? setTimeout)(ok, { timeout: 2000 }));
    if (!checking) return;
  }
}

/**
 * What the page does once, in its first quiet moment (loaded, the first
 * element ready, no check for QUIET_FOR, the browser idle), so it never
 * competes with a person's check on a slow connection:
 * 1. the worker fetches and starts the DOCX module (the prefetch that makes
 *    the first file quick; a PDF's module comes with the first PDF), then
 *    the element says `data-prefetched="true"`;
 * 2. the service worker (sw.js, next to this module) is registered, and keeps
 *    the checker's files for offline use (www/sw-files.js: the element's
 *    files and the DOCX and PDF modules), then `data-offline="ready"`. An
 *    element with `no-service-worker` (a page with its own service worker)
 *    skips this step.
 * Both are silent unless they fail, and then only in the console: the checker
 * works as before while the network is on.
 */
let quietWork = null;
function whenQuiet(element) {
  if (quietWork) return;
  quietWork = (async () => {
    if (document.readyState !== 'complete') await new Promise((ok) => addEventListener('load', ok, { once: true }));
    await quietMoment();
    await element.worker?.call('prepare', { lang: element.uiLang }).catch(() => {});
    element.dataset.prefetched = 'true';
    // A file chosen meanwhile is checked first.
    while (checking) await new Promise((ok) => whenIdle.push(ok));
    if (!element.hasAttribute('no-service-worker') && 'serviceWorker' in navigator) await keepForOffline(element);
  })();
}

/** Registers sw.js and waits for it to keep the files; `data-offline="ready"` then. */
async function keepForOffline(element) {
  try {
    const registration = await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), {
      updateViaCache: 'none',
    });
    // A first install (or an update) keeps its files while `installing`; an
    // update then waits for the next visit, the files already kept.
    const sw = registration.installing;
    if (sw)
      await new Promise((ok, fail) => {
        const settle = () => {
          if (sw.state === 'redundant') fail(new Error('the service worker could not keep the files'));
          else if (sw.state !== 'installing') ok();
        };
        sw.addEventListener('statechange', settle);
        settle();
      });
    element.dataset.offline = 'ready';
  } catch (e) {
    console.warn(t(element.uiLang, 'offline-failed', { error: e?.message ?? String(e) }));
  }
}

/** Today's date (YYYY-MM-DD) in an IANA time zone. */
function todayIn(zone) {
  try {
    const parts = Object.fromEntries(
      formatter(Intl.DateTimeFormat, 'en', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date())
        .map((p) => [p.type, p.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}`;
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** `formats="word, pdf"` → the core's format ids ("word" stands for every Word format). */
function formatIds(text) {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((f) => (f.toLowerCase() === 'word' ? ['docx', 'docm', 'doc'] : [f.toLowerCase()]));
}

const list = (text) => text.split(/[\s,]+/).filter(Boolean);

/** Attribute → profile field, with how to read the attribute's text. */
const PROFILE_ATTRIBUTES = {
  'call-title': ['title', String],
  email: ['email', String],
  cc: ['cc', list],
  subject: ['subject', String],
  'word-limit': ['word_limit', Number],
  formats: ['formats', formatIds],
  languages: ['languages', (s) => list(s).map((l) => l.toLowerCase())],
  deadline: ['deadline', String],
  timezone: ['timezone', String],
};

const TEMPLATE = `
<div class="sc" part="root">
  <div class="top">
    <h2 class="title" data-t="title" data-level="0"></h2>
    <p class="lang"><label for="lang" data-t="language"></label><select id="lang"></select></p>
  </div>
  <p class="privacy" data-t="privacy"></p>
  <div class="field call" hidden><label for="call" data-t="call"></label><select id="call"></select></div>
  <h3 class="sub" data-t="call.rules" data-level="1"></h3>
  <dl class="facts" id="facts"></dl>
  <h3 class="sub" data-t="document" data-level="1"></h3>
  <div class="drop" id="drop">
    <label for="file" data-t="choose"></label>
    <input id="file" type="file" accept=".docx,.docm,.doc,.pdf,.odt,.rtf,.txt">
    <p class="hint" data-t="drop"></p>
  </div>
  <div class="progress" id="progress" hidden><progress id="progress-bar"></progress><span id="elapsed" aria-hidden="true"></span></div>
  <p class="status" id="status" role="status" aria-live="polite"></p>
  <section id="results" hidden aria-labelledby="results-title">
    <h3 class="sub" id="results-title" tabindex="-1" data-t="result" data-level="1"></h3>
    <p class="verdict" id="verdict"></p>
    <div class="clean" id="clean-box" hidden>
      <p id="clean-offer" data-t="clean.offer"></p>
      <button type="button" id="clean" aria-describedby="clean-offer" data-t="clean.button"></button>
      <p class="clean-error" id="clean-error" role="alert" hidden></p>
      <div id="clean-done" hidden>
        <p class="clean-made" id="clean-made" tabindex="-1"></p>
        <ul class="removed" id="clean-removed"></ul>
        <p class="hint" data-t="clean.original-kept"></p>
        <div class="actions"><a class="button" id="clean-download"></a></div>
      </div>
    </div>
    <dl class="facts" id="figures"></dl>
    <section class="sections" id="sections" hidden aria-labelledby="sections-title">
      <h4 class="subsub" id="sections-title" data-t="sections" data-level="2"></h4>
      <p class="hint" data-t="sections.intro"></p>
      <p class="sections-over" id="sections-over" data-t="sections.over" hidden></p>
      <ol class="bars" id="bars" aria-hidden="true"></ol>
      <div class="offscreen"><table id="sections-table">
        <caption data-t="sections.caption"></caption>
        <thead><tr><th scope="col" data-t="sections.heading"></th><th scope="col" data-t="sections.words"></th><th scope="col" data-t="sections.share"></th></tr></thead>
        <tbody id="sections-rows"></tbody>
      </table></div>
    </section>
    <div id="findings"></div>
  </section>
  <section class="send" id="send" hidden aria-labelledby="send-title">
    <h3 class="sub" id="send-title" data-t="send" data-level="1"></h3>
    <p id="not-ready" data-t="send.not-ready"></p>
    <div id="no-address" hidden><p data-t="no-address"></p><p class="hint" id="hint"></p></div>
    <div class="row" id="to-row"><span data-t="fact.to"></span> <span class="value" id="to"></span>
      <button type="button" class="quiet" id="copy-to" data-t="copy.address"></button></div>
    <div class="row" id="subject-row"><span data-t="fact.subject"></span> <span class="value" id="subject"></span>
      <button type="button" class="quiet" id="copy-subject" data-t="copy.subject"></button></div>
    <div class="field"><label for="organisation" data-t="organisation"></label><input type="text" id="organisation" autocomplete="organization" dir="auto"></div>
    <div class="field"><label for="contact" data-t="contact"></label><input type="text" id="contact" autocomplete="name" dir="auto"></div>
    <p class="hint" data-t="sender.note"></p>
    <div class="actions"><a class="button" id="mailto" data-t="mailto"></a><p class="uses" id="mailto-file"></p><p class="hint" data-t="mailto.note"></p></div>
    <div class="actions"><a class="button" id="eml" aria-disabled="true" data-t="eml"></a><p class="uses" id="eml-file"></p><p class="hint" data-t="eml.note"></p></div>
    <div class="actions" id="share-box" hidden><button type="button" id="share" data-t="share"></button><p class="uses" id="share-file"></p><p class="hint" data-t="share.note"></p></div>
  </section>
</div>`;

/** The worker the page shares: `{ acquire, release }` (see `define`). */
let workers = null;

/** The element. Attributes are documented in docs/embedding.md and types.d.ts. */
export class SubmissionCheckerElement extends HTMLElement {
  static observedAttributes = [
    'call',
    'lang',
    'today',
    'heading-level',
    'choose-call',
    ...Object.keys(PROFILE_ATTRIBUTES),
  ];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styleText);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = TEMPLATE;
    this.$ = (id) => root.getElementById(id);
    this.profile = null;
    this.report = null;
    this.file = null;
    /** The clean copy, once made: `{ file, removed, url }` (a File, what went, its blob: URL). */
    this.clean = null;
    this.emlUrl = null;
    this.texts = {};
    /** The language shown (or loading): picked in the switcher, or set by `setLang`. */
    this.langValue = null;
    this.configured = null;
    this._trapNextCheckForTest = false;
  }

  /**
   * The interface language: the one picked in the switcher, else the `lang` attribute, else the
   * browser's. A `lang` we do not speak gives English, and the console says so once.
   */
  get uiLang() {
    if (this.langValue) return this.langValue;
    const attr = this.getAttribute('lang');
    if (!attr) return pickLang();
    const primary = attr.toLowerCase().split(/[-_]/)[0];
    if (LANGS.includes(primary)) return primary;
    if (this.warnedLang !== attr) {
      this.warnedLang = attr;
      loadStrings('en').then(() => console.warn(t('en', 'unknown-lang', { lang: attr })));
    }
    return 'en';
  }

  connectedCallback() {
    if (this.worker) return;
    this.worker = workers.acquire();
    if (this.wired) {
      this.configureSoon();
      return;
    }
    this.wired = true;
    const langSelect = this.$('lang');
    for (const l of LANGS) langSelect.append(new Option(LANG_NAMES[l], l));
    for (const o of langSelect.options) o.lang = o.value;
    langSelect.addEventListener('change', () => this.setLang(langSelect.value));
    this.$('call').addEventListener('change', () => this.configure());
    this.$('file').addEventListener('change', () => {
      const f = this.$('file').files[0];
      if (f) this.checkFile(f);
    });
    const drop = this.$('drop');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const f = e.dataTransfer.files[0];
      if (f) this.checkFile(f);
    });
    this.$('copy-to').addEventListener('click', () => this.copy(this.profile?.email ?? ''));
    this.$('copy-subject').addEventListener('click', () => this.copy(this.profile?.subject ?? ''));
    let typing;
    for (const id of ['organisation', 'contact']) {
      this.$(id).addEventListener('input', () => {
        clearTimeout(typing);
        typing = setTimeout(() => this.prepareDraft(), 300);
      });
    }
    this.$('share').addEventListener('click', () => this.share());
    this.$('clean').addEventListener('click', () => this.makeClean());
    this.$('eml').addEventListener('click', (e) => {
      if (!this.emlUrl) e.preventDefault();
    });
    // A JSON profile may be added after the element (the parser has not reached it yet).
    new MutationObserver(() => this.configureSoon()).observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.setLang(this.uiLang, { quiet: true });
    this.configureSoon();
  }

  disconnectedCallback() {
    if (this.worker) workers.release();
    this.worker = null;
    if (this.emlUrl) URL.revokeObjectURL(this.emlUrl);
    if (this.clean) URL.revokeObjectURL(this.clean.url);
  }

  attributeChangedCallback(name) {
    if (!this.worker) return;
    if (name === 'lang') {
      // The page changed its language: the element follows it, over an earlier pick in the switcher.
      this.langValue = null;
      this.setLang(this.uiLang);
    } else if (name === 'heading-level') this.applyText();
    else this.configureSoon();
  }

  configureSoon() {
    if (this.configuring) return;
    this.configuring = Promise.resolve().then(() => {
      this.configuring = null;
      return this.configure();
    });
  }

  /**
   * Builds the call profile from the JSON child or the attributes, validated by the core. A
   * built-in call as it is needs no validating (the build did it), so the element is ready
   * without waiting for the core's module; anything else waits for the core to read it.
   */
  async configure() {
    const token = Symbol('configure');
    this.configured = token;
    try {
      let json;
      let ready = null;
      const script = this.querySelector('script[type="application/json"]');
      if (script) {
        json = script.textContent;
      } else {
        const chooser = this.$('call').parentElement;
        chooser.hidden = !this.hasAttribute('choose-call');
        const select = this.$('call');
        if (!chooser.hidden && !select.options.length) {
          for (const p of BUILTINS) select.append(new Option(`${p.id.toUpperCase()}: ${p.title}`, p.id));
          select.value = this.getAttribute('call') ?? BUILTINS[BUILTINS.length - 1].id;
        }
        const id = chooser.hidden ? this.getAttribute('call') : select.value;
        const base = BUILTINS.find((p) => p.id === id);
        const changed = Object.keys(PROFILE_ATTRIBUTES).some((attr) => this.hasAttribute(attr));
        if (base && !changed) ready = structuredClone(base);
        const profile = base
          ? structuredClone(base)
          : { id: id || 'this-call', title: document.title || t(this.uiLang, 'call') };
        for (const [attr, [field, read]] of Object.entries(PROFILE_ATTRIBUTES)) {
          if (!this.hasAttribute(attr)) continue;
          profile[field] = read(this.getAttribute(attr));
          if (profile.sources) delete profile.sources[field];
          // An address given here replaces the hint that stood in for a missing one.
          if (field === 'email') delete profile.email_hint;
        }
        json = JSON.stringify(profile);
      }
      await this.namesLoaded;
      const profile = ready ?? (await this.worker.call('parse-profile', { json }));
      if (token !== this.configured) return;
      this.profile = profile;
      this.showCall();
      this.dataset.ready = 'true';
      this.removeAttribute('data-error');
      whenQuiet(this);
      const queued = this.queued;
      this.queued = null;
      if (queued) this.checkFile(queued.file, { since: queued.since });
      else this.recheck();
    } catch (e) {
      if (token !== this.configured) return;
      this.profile = null;
      this.dataset.error = 'config';
      // A file chosen while it started waits no more: the message below says why.
      if (this.queued) {
        this.queued = null;
        this.$('progress').hidden = true;
      }
      this.say(
        e.startFailed
          ? t(this.uiLang, 'start-failed')
          : e.loadFailed
            ? t(this.uiLang, 'load-failed')
            : t(this.uiLang, 'config-error', { error: e.message }),
      );
    }
  }

  /** Switches the interface and the rule messages to `lang` (one of LANGS). */
  async setLang(lang, { quiet = false } = {}) {
    if (!LANGS.includes(lang)) lang = 'en';
    this.langValue = lang;
    this.$('lang').value = lang;
    this.shadowRoot.firstElementChild.lang = lang;
    // Arabic mirrors the layout; names and numbers inside stay readable by bidi isolation (element-style.js).
    this.shadowRoot.firstElementChild.dir = dirOf(lang);
    // The page's words in `lang` (www/strings/<code>.js) and the names of formats and languages
    // (www/names/<code>.js, from the core's catalogue), in one module imported the first time.
    this.namesLoaded = loadStrings(lang).then(
      () => NAMES[lang],
      () => ({}),
    );
    // After the page's quiet moment, the core's words in this language come at once, not with the next file.
    if (this.dataset.prefetched) this.worker?.call('prepare', { lang }).catch(() => {});
    const texts = await this.namesLoaded;
    if (this.langValue !== lang) return;
    this.texts = texts;
    this.applyText();
    if (this.profile) this.showCall();
    if (this.profile && !quiet) this.recheck();
    this.dispatchEvent(new CustomEvent('langchange', { detail: { lang }, bubbles: true, composed: true }));
  }

  applyText() {
    const lang = this.uiLang;
    const base = Math.min(Math.max(Number(this.getAttribute('heading-level')) || 2, 1), 5);
    for (const el of this.shadowRoot.querySelectorAll('[data-t]')) el.textContent = t(lang, el.dataset.t);
    // Heading levels follow the host page's outline: heading-level="3" makes the title an h3.
    for (const el of this.shadowRoot.querySelectorAll('[data-level]')) {
      const level = Math.min(base + Number(el.dataset.level), 6);
      if (el.tagName !== `H${level}`) {
        const h = document.createElement(`h${level}`);
        for (const a of el.attributes) h.setAttribute(a.name, a.value);
        h.append(...el.childNodes);
        el.replaceWith(h);
      }
    }
    if (this.report) this.showReport(this.report, { quiet: true });
  }

  say(text) {
    this.$('status').textContent = text;
  }

  formatName(f) {
    return this.texts[`format.${f}`] ?? f;
  }
  languageName(code) {
    try {
      return formatter(Intl.DisplayNames, this.uiLang, { type: 'language' }).of(code);
    } catch {
      return code;
    }
  }
  number(n) {
    return formatter(Intl.NumberFormat, this.uiLang).format(n);
  }

  showCall() {
    const p = this.profile;
    const lang = this.uiLang;
    const none = t(lang, 'not-stated');
    // .docm and .doc are Word too: the call's "Word" is shown once, as Word (.docx).
    const formats = p.formats?.length
      ? [...new Set(p.formats.map((f) => this.formatName(f === 'docm' || f === 'doc' ? 'docx' : f)))].join(', ')
      : none;
    facts(this.$('facts'), [
      [t(lang, 'fact.to'), p.email ?? t(lang, 'not-given')],
      [t(lang, 'fact.cc'), p.cc?.length ? p.cc.join(', ') : null],
      [t(lang, 'fact.subject'), p.subject ?? none],
      [
        t(lang, 'fact.deadline'),
        p.deadline
          ? formatter(Intl.DateTimeFormat, lang === 'en' ? 'en-GB' : lang, {
              dateStyle: 'long',
              timeZone: 'UTC',
            }).format(new Date(`${p.deadline}T12:00:00Z`))
          : none,
      ],
      [t(lang, 'fact.words'), p.word_limit ? t(lang, 'words.count', { n: p.word_limit }) : none],
      [t(lang, 'fact.formats'), formats],
      [t(lang, 'fact.languages'), p.languages?.length ? p.languages.map((l) => this.languageName(l)).join(', ') : none],
    ]);
  }

  /** The file the email, the share button and the download use: the clean copy once made, else the chosen file. */
  get current() {
    return this.clean?.file ?? this.file;
  }

  /** Checks the file in use again (a new language or call), moving no focus. */
  recheck() {
    if (this.current) this.checkFile(this.current, { quiet: true, copy: !!this.clean });
  }

  /** Forgets the clean copy (another file was chosen). */
  dropClean() {
    if (this.clean) URL.revokeObjectURL(this.clean.url);
    this.clean = null;
    this.$('clean-error').hidden = true;
  }

  /**
   * Checks one file. `quiet`: a re-check (new language or call), which moves
   * no focus. `copy`: the file is the clean copy, which never replaces the
   * chosen file. Resolves to the report, or null when the check failed.
   */
  async checkFile(file, { quiet = false, copy = false, since } = {}) {
    if (!copy) {
      if (file !== this.file) this.dropClean();
      this.file = file;
    }
    const progress = this.$('progress');
    if (!this.profile) {
      // Chosen before the checker is ready (its wasm still arriving on a slow
      // connection): shown as under way at once, worded once the page's words
      // are there, checked by configure() as soon as it can be.
      const queued = { file, since: performance.now() };
      this.queued = queued;
      this.$('elapsed').textContent = '';
      progress.hidden = false;
      await this.namesLoaded;
      if (this.queued !== queued) return null;
      this.$('progress-bar').setAttribute('aria-label', t(this.uiLang, 'checking', { name: file.name }));
      this.say(t(this.uiLang, 'checking', { name: file.name }));
      return null;
    }
    // The page's words in its language, for the progress and the result (at once, once loaded).
    await this.namesLoaded;
    const lang = this.uiLang;
    const run = Symbol('run');
    this.run = run;
    // A queued file's time counts from when it was chosen.
    const started = since ?? performance.now();
    let lastAnnounced = 0;
    const tick = () => {
      const elapsed = performance.now() - started;
      if (elapsed < SHOW_PROGRESS_AFTER) return;
      if (progress.hidden) {
        progress.hidden = false;
        this.say(t(lang, 'checking', { name: file.name }));
      }
      const seconds = Math.floor(elapsed / 1000);
      this.$('elapsed').textContent = t(lang, 'seconds', { seconds });
      if (elapsed - lastAnnounced >= ANNOUNCE_EVERY && seconds > 0) {
        lastAnnounced = elapsed;
        this.say(t(lang, 'still-checking', { name: file.name, seconds }));
      }
    };
    this.$('progress-bar').setAttribute('aria-label', t(lang, 'checking', { name: file.name }));
    const timer = setInterval(tick, 100);
    const trap = this._trapNextCheckForTest;
    this._trapNextCheckForTest = false;
    checkStarted();
    try {
      const bytes = await file.arrayBuffer();
      const today = this.getAttribute('today') || todayIn(this.profile.timezone);
      const report = await this.worker.call(
        trap ? 'trap-for-test' : 'check',
        { bytes, name: file.name, call: this.profile, today, options: { lang } },
        [bytes],
      );
      if (run !== this.run) return null;
      this.report = report;
      this.showReport(report, { quiet });
      this.say(t(lang, 'checked', { name: file.name, verdict: this.verdictText(report) }));
      this.dispatchEvent(new CustomEvent('checked', { detail: report, bubbles: true, composed: true }));
      this.prepareDraft();
      return report;
    } catch (e) {
      if (run !== this.run) return null;
      this.report = null;
      this.$('results').hidden = true;
      this.$('send').hidden = true;
      this.say(
        e.trapped
          ? t(lang, 'trapped')
          : e.loadFailed || (e.startFailed && !navigator.onLine)
            ? t(lang, 'load-failed')
            : e.startFailed
              ? t(lang, 'start-failed')
              : t(lang, 'failed', { error: e.message }),
      );
      // The same file may be chosen again (an input fires no change for the file it holds).
      if (e.trapped || e.loadFailed || e.startFailed) this.$('file').value = '';
      return null;
    } finally {
      checkEnded();
      clearInterval(timer);
      if (run === this.run) {
        progress.hidden = true;
        this.$('elapsed').textContent = '';
      }
    }
  }

  verdictText(r) {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    if (r.verdict === 'ready-with-warnings') {
      const n = r.findings.filter((f) => f.severity === 'warning' && r.would_publish.includes(f.rule)).length;
      return t(this.uiLang, 'ready-but', { n });
    }
    return r.ready ? t(this.uiLang, 'ready') : t(this.uiLang, 'to-fix', { n: Math.max(errors, 1) });
  }

  showReport(r, { quiet = false } = {}) {
    const lang = this.uiLang;
    const verdict = this.$('verdict');
    // Amber, not green, when the file meets the rules but would publish what its author may not mean to.
    const kind = { ready: 'ready', 'ready-with-warnings': 'warn', 'not-ready': 'fix' }[r.verdict] ?? 'fix';
    verdict.className = `verdict ${kind}`;
    verdict.textContent = this.verdictText(r);
    const others = r.findings.filter((f) => f.severity !== 'error').length;
    if (others) {
      const more = document.createElement('span');
      more.className = 'more';
      more.textContent = t(lang, 'to-look', { n: others });
      verdict.append(more);
    }
    const w = r.words;
    facts(this.$('figures'), [
      [t(lang, 'fig.file'), `${r.file.name} — ${this.formatName(r.file.format)}`],
      [t(lang, 'fig.title'), r.title ? (r.title.length > 160 ? `${r.title.slice(0, 160).trimEnd()}…` : r.title) : null],
      [
        t(lang, 'fig.words'),
        w.counted === null
          ? null
          : (w.limit ? t(lang, 'fig.words-of', { counted: w.counted, limit: w.limit }) : this.number(w.counted)) +
            (w.notes && !w.notes_counted ? ` ${t(lang, 'fig.notes', { n: w.notes })}` : ''),
      ],
      [t(lang, 'fig.pages'), r.pages === null ? null : this.number(r.pages)],
      [
        t(lang, 'fig.language'),
        r.language.main
          ? this.languageName(r.language.main) + (r.language.reliable ? '' : ` ${t(lang, 'fig.not-sure')}`)
          : null,
      ],
      [t(lang, 'fig.links'), r.error ? null : this.number(r.links.length)],
    ]);
    this.showSections(r);
    const box = this.$('findings');
    box.replaceChildren();
    const level = Math.min(Math.max(Number(this.getAttribute('heading-level')) || 2, 1), 5) + 2;
    for (const severity of ['error', 'warning', 'info']) {
      const these = r.findings.filter((f) => f.severity === severity);
      if (!these.length) continue;
      const h = document.createElement(`h${Math.min(level, 6)}`);
      h.className = `subsub sev-${severity}`;
      h.textContent = `${t(lang, `sev.${severity}`)} (${these.length})`;
      const ul = document.createElement('ul');
      ul.className = 'findings';
      for (const f of these) {
        const li = document.createElement('li');
        li.className = `finding ${severity}`;
        li.dataset.rule = f.rule;
        const msg = document.createElement('p');
        msg.className = 'msg';
        msg.textContent = f.message;
        li.append(msg);
        // The place in words comes from the core, in the report's language (the CLI says the same).
        const at = f.place;
        if (at) {
          const p = document.createElement('p');
          p.className = 'where';
          p.textContent = `${t(lang, 'where')} ${at}`;
          li.append(p);
        }
        if (f.help) {
          const p = document.createElement('p');
          p.className = 'help';
          p.textContent = f.help;
          li.append(p);
        }
        ul.append(li);
      }
      box.append(h, ul);
    }
    this.$('results').hidden = false;
    this.showClean(r);
    this.showSend(r);
    if (!quiet) this.$('results-title').focus();
  }

  /**
   * Where the words are: a bar per section in document order, the largest
   * marked, and the same figures as a table for screen readers (the bars are
   * hidden from them). Shown when the document has two sections or more;
   * emphasised when the word limit is reached or passed.
   */
  showSections(r) {
    const lang = this.uiLang;
    const sections = r.sections ?? [];
    const box = this.$('sections');
    box.hidden = sections.length < 2;
    const bars = this.$('bars');
    const rows = this.$('sections-rows');
    bars.replaceChildren();
    rows.replaceChildren();
    if (box.hidden) return;
    const over = r.findings.some((f) => f.rule === 'word-limit' && f.severity !== 'info');
    box.classList.toggle('over', over);
    this.$('sections-over').hidden = !over;
    const total = sections.reduce((sum, s) => sum + s.words, 0);
    const max = Math.max(...sections.map((s) => s.words));
    for (const s of sections) {
      const heading = s.heading ?? t(lang, 'sections.before');
      const percent = t(lang, 'sections.percent', { percent: Math.round((s.words * 100) / Math.max(total, 1)) });
      const largest = isLargest(s, max);
      const words = t(lang, 'words.count', { n: s.words });
      const li = el('li', `bar-row${largest ? ' largest' : ''}${s.heading === null ? ' before' : ''}`);
      const label = el('span', 'bar-label', heading);
      label.style.paddingInlineStart = `${Math.max(s.level - 1, 0) * 0.75}rem`;
      const track = el('span', 'bar-track');
      const bar = el('span', 'bar');
      bar.style.width = `${max ? (s.words * 100) / max : 0}%`;
      track.append(bar);
      const figure = [words, percent, ...(largest ? [t(lang, 'sections.largest')] : [])].join(' · ');
      // The tracks span the whole row, so that bars of equal words are of equal length.
      const head = el('span', 'bar-head');
      head.append(label, el('span', 'bar-figure', figure));
      li.append(head, track);
      bars.append(li);

      const tr = document.createElement('tr');
      const th = el('th', largest ? 'largest' : '', largest ? `${heading} (${t(lang, 'sections.largest')})` : heading);
      th.scope = 'row';
      tr.append(th, el('td', 'words', this.number(s.words)), el('td', 'share', percent));
      rows.append(tr);
    }
  }

  showSend(r) {
    const p = this.profile;
    this.$('send').hidden = !!r.error;
    this.$('not-ready').hidden = r.ready;
    this.$('to-row').hidden = !p.email;
    this.$('to').textContent = p.email ?? '';
    this.$('no-address').hidden = !!p.email;
    this.$('hint').hidden = !p.email_hint;
    this.$('hint').textContent = p.email_hint ? t(this.uiLang, 'hint', { address: p.email_hint }) : '';
    this.$('subject-row').hidden = !p.subject;
    this.$('subject').textContent = p.subject ?? '';
    this.$('mailto').href = r.mailto;
    const file = this.current;
    const canShare = file && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
    this.$('share-box').hidden = !canShare;
    // Which file each way of sending uses: the clean copy once made.
    const lang = this.uiLang;
    this.$('mailto-file').textContent = t(lang, 'uses.attach', { name: file.name });
    this.$('eml-file').textContent = t(lang, 'uses.attached', { name: file.name });
    this.$('share-file').textContent = t(lang, 'uses.shared', { name: file.name });
  }

  /** A size in kB (or MB), as the interface's language writes it. */
  size(bytes) {
    const mb = bytes >= 1e6;
    return formatter(Intl.NumberFormat, this.uiLang, {
      style: 'unit',
      unit: mb ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mb ? 1 : 0,
    }).format(mb ? bytes / 1e6 : Math.max(1, bytes / 1e3));
  }

  /**
   * The clean-copy box under the verdict: the offer, when the copy would
   * remove something the report lists as a finding, at any severity (a
   * call that requires clean files makes comments errors: the offer stays,
   * on "not ready" too), and the file can be cleaned; what the copy left
   * out and its download, once made.
   */
  showClean(r) {
    const lang = this.uiLang;
    const offer = !this.clean && !r.error && CLEANABLE.has(r.file.format) && r.would_publish.length > 0;
    this.$('clean-offer').hidden = !offer;
    this.$('clean').hidden = !offer;
    this.$('clean-done').hidden = !this.clean;
    this.$('clean-box').hidden = !offer && !this.clean;
    if (!offer) this.$('clean-error').hidden = true;
    if (!this.clean) return;
    const { file, removed, url } = this.clean;
    const size = this.size(file.size);
    this.$('clean-made').textContent = t(lang, 'clean.made', { name: file.name, original: this.file.name, size });
    const list = this.$('clean-removed');
    list.replaceChildren();
    for (const { kind, count } of removed.length ? removed : [{ kind: 'nothing', count: 0 }]) {
      const li = document.createElement('li');
      li.dataset.kind = kind;
      li.textContent = t(lang, `clean.removed.${kind}`, { n: this.number(count) });
      list.append(li);
    }
    const link = this.$('clean-download');
    link.href = url;
    link.download = file.name;
    link.textContent = t(lang, 'clean.download', { name: file.name, size });
  }

  /**
   * Makes the clean copy in the worker (the cleaner's module is imported on
   * this first use), checks it at once and shows its report; from then on the
   * draft, the share button and the download use it. The chosen file is
   * never changed. On failure the reason is shown and nothing else changes.
   */
  async makeClean() {
    const button = this.$('clean');
    if (this.cleaning || !this.file || this.clean || !this.profile) return;
    const lang = this.uiLang;
    const original = this.file;
    this.cleaning = true;
    button.setAttribute('aria-disabled', 'true');
    button.textContent = t(lang, 'clean.making', { name: original.name });
    this.$('clean-error').hidden = true;
    this.say(t(lang, 'clean.making', { name: original.name }));
    try {
      const bytes = await original.arrayBuffer();
      const copy = await this.worker.call('clean', { bytes, name: original.name }, [bytes]);
      if (original !== this.file) return;
      const file = new File([copy.bytes], copy.name, { type: COPY_TYPES[copy.format] });
      this.clean = { file, removed: copy.removed, url: URL.createObjectURL(file) };
      const report = await this.checkFile(file, { quiet: true, copy: true });
      if (original !== this.file) return;
      if (!report) {
        // The copy could not be checked: keep to the original, as if no copy had been made.
        this.dropClean();
        this.recheck();
        throw new Error('the copy could not be checked');
      }
      this.$('clean-made').focus();
      this.say(t(this.uiLang, 'clean.checked', { name: file.name, verdict: this.verdictText(report) }));
      this.dispatchEvent(
        new CustomEvent('cleaned', {
          detail: { name: file.name, size: file.size, removed: copy.removed, report },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (e) {
      if (original !== this.file) return;
      const code = e.loadFailed ? 'download' : (CLEAN_FAILURES.find((c) => e.message?.startsWith(`${c}: `)) ?? 'other');
      const error = this.$('clean-error');
      error.textContent = t(this.uiLang, 'clean.failed', { why: t(this.uiLang, `clean.why.${code}`) });
      error.dataset.detail = e.message ?? String(e);
      error.hidden = false;
      this.say(error.textContent);
    } finally {
      this.cleaning = false;
      button.removeAttribute('aria-disabled');
      button.textContent = t(this.uiLang, 'clean.button');
    }
  }

  /** Builds the mailto (with the sender's details) and the .eml draft in the worker; offers the draft as a blob: download. */
  async prepareDraft() {
    if (!this.file || !this.profile || !this.report || this.report.error) return;
    const file = this.current;
    const token = Symbol('draft');
    this.drafting = token;
    const link = this.$('eml');
    link.setAttribute('aria-disabled', 'true');
    link.removeAttribute('href');
    link.textContent = t(this.uiLang, 'eml.preparing');
    try {
      const bytes = await file.arrayBuffer();
      const options = {
        lang: this.uiLang,
        organisation: this.$('organisation').value.trim() || undefined,
        contact: this.$('contact').value.trim() || undefined,
        now: Date.now(),
      };
      const d = await this.worker.call('draft', { bytes, name: file.name, call: this.profile, options }, [bytes]);
      if (token !== this.drafting) return;
      this.$('mailto').href = d.mailto;
      if (this.emlUrl) URL.revokeObjectURL(this.emlUrl);
      this.emlUrl = URL.createObjectURL(new Blob([d.eml], { type: 'message/rfc822' }));
      link.href = this.emlUrl;
      link.download = `${file.name.replace(/\.[^.]*$/, '')}.eml`;
      link.removeAttribute('aria-disabled');
      link.textContent = t(this.uiLang, 'eml');
      this.dispatchEvent(
        new CustomEvent('draftready', { detail: { mailto: d.mailto }, bubbles: true, composed: true }),
      );
    } catch (e) {
      if (token !== this.drafting) return;
      link.textContent = t(this.uiLang, 'eml');
      this.say(e.trapped ? t(this.uiLang, 'trapped') : t(this.uiLang, 'failed', { error: e.message }));
    }
  }

  /** Copies `text` (Clipboard API, or a selected textarea and execCommand where the API is missing or refused). */
  async copy(text) {
    const lang = this.uiLang;
    try {
      await navigator.clipboard.writeText(text);
      this.say(t(lang, 'copied', { text }));
      return;
    } catch {
      /* fall back below */
    }
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    this.shadowRoot.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    this.say(ok ? t(lang, 'copied', { text }) : t(lang, 'copy-failed'));
  }

  async share() {
    try {
      const file = this.current;
      await navigator.share({ files: [file], title: this.profile?.subject ?? file.name });
    } catch (e) {
      if (e.name !== 'AbortError') this.say(t(this.uiLang, 'failed', { error: e.message }));
    }
  }
}

/** An element with a class and text. */
function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The largest section, and any with three quarters of its words or more (the CLI marks the same: src/sections.rs). */
function isLargest(section, max) {
  return max > 0 && section.words * 4 >= max * 3;
}

function facts(dl, rows) {
  dl.replaceChildren();
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
}

/**
 * Defines the element, given the worker every element on the page shares
 * (`acquire` and `release`, from submission-checker.js, which started it).
 */
export function define(shared) {
  workers = shared;
  if (!customElements.get('submission-checker')) customElements.define('submission-checker', SubmissionCheckerElement);
}

export { STRINGS, LANGS, dirOf, t };
