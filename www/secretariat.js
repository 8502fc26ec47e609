// The secretariat page: paste a call's text, review what was read from it,
// copy the embed snippet. The text is read by the core (wasm) in a worker;
// this file only talks to it and draws.

const $ = (id) => document.getElementById(id);

/** Talks to the worker; replaces it if its wasm instance traps. */
class Reader {
  constructor() {
    this.next = 1;
    this.pending = new Map();
    this.start();
  }
  start() {
    this.worker = new Worker(new URL('./secretariat-worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((ok, fail) => {
      this.readyOk = ok;
      this.readyFail = fail;
    });
    this.worker.onmessage = (e) => {
      const m = e.data;
      if (m.ready) {
        m.ok ? this.readyOk() : this.readyFail(new Error(m.error));
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.trapped) this.restart();
      m.ok ? p.ok(m.value) : p.fail(Object.assign(new Error(m.error), { trapped: !!m.trapped }));
    };
    this.worker.onerror = (e) => {
      this.readyFail(new Error(e.message));
      this.failAll(e.message);
    };
  }
  restart() {
    this.worker.terminate();
    this.failAll('restarted');
    this.start();
  }
  failAll(msg) {
    for (const p of this.pending.values()) p.fail(Object.assign(new Error(msg), { trapped: true }));
    this.pending.clear();
  }
  async call(type, data = {}) {
    await this.ready;
    const id = this.next++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok, fail });
      this.worker.postMessage({ id, type, ...data });
    });
  }
}

const reader = new Reader();
const TEXT_FIELDS = ['id', 'title', 'issuer', 'email', 'subject', 'deadline', 'word_limit'];
const SOURCED = [...TEXT_FIELDS, 'formats', 'languages', 'hyperlinks', 'published_in_full'];
/** What the call's text gave that the form does not show (kept as read). */
let kept = {};
let profileJson = null;

function fill(extraction) {
  const d = extraction.draft;
  for (const f of TEXT_FIELDS) $(`f-${f}`).value = d[f] ?? '';
  for (const box of document.querySelectorAll('input[name=formats]')) box.checked = d.formats.includes(box.value);
  $('f-languages').value = d.languages.join(', ');
  $('f-hyperlinks').value = d.hyperlinks ?? 'not-requested';
  $('f-published_in_full').checked = d.published_in_full === true;
  const missing = new Map(extraction.missing.map((m) => [m.field, m.reason]));
  for (const f of SOURCED) {
    const s = d.sources[f];
    $(`s-${f}`).textContent = missing.has(f) ? `Not found: ${missing.get(f)}` : s ? `From the call: ${s}` : '';
  }
  kept = { cc: d.cc, timezone: d.timezone, notes_count: d.notes_count, sources: d.sources };
  const list = $('missing');
  list.replaceChildren();
  for (const m of extraction.missing) {
    const li = document.createElement('li');
    li.dataset.field = m.field;
    li.textContent = `${m.field}: ${m.reason}`;
    list.append(li);
  }
  $('missing-box').hidden = extraction.missing.length === 0;
  $('toml').textContent = extraction.toml;
}

/** The profile the form describes, as the core's JSON profile (no sources: the snippet stays small). */
function formProfile() {
  const v = (f) => $(`f-${f}`).value.trim();
  const p = { id: v('id'), title: v('title') };
  for (const f of ['issuer', 'email', 'subject', 'deadline']) if (v(f)) p[f] = v(f);
  if (kept.cc?.length) p.cc = kept.cc;
  if (kept.timezone) p.timezone = kept.timezone;
  if (v('word_limit')) p.word_limit = Number(v('word_limit'));
  if (kept.notes_count !== undefined && kept.notes_count !== null) p.notes_count = kept.notes_count;
  p.formats = [...document.querySelectorAll('input[name=formats]:checked')].map((b) => b.value);
  p.languages = v('languages')
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  p.hyperlinks = $('f-hyperlinks').value;
  p.published_in_full = $('f-published_in_full').checked;
  return p;
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed snippet: the element's module, and the profile as a JSON child. */
function snippet(profile) {
  // "<" escaped so that no value can close the script element early.
  const json = JSON.stringify(profile, null, 2).replace(/</g, '\\u003c');
  const src = escapeAttr($('script-url').value.trim());
  return (
    `<script type="module" src="${src}"></script>\n` +
    `<submission-checker lang="${escapeAttr(document.documentElement.lang || 'en')}">\n` +
    `<script type="application/json">\n${json}\n</script>\n` +
    `</submission-checker>\n`
  );
}

async function update() {
  const profile = formProfile();
  const error = $('profile-error');
  try {
    await reader.call('parse-profile', { json: JSON.stringify(profile) });
    error.hidden = true;
    profileJson = profile;
    $('snippet').value = snippet(profile);
  } catch (e) {
    // The core names the field: "field `id`: use lowercase letters…".
    error.textContent = `The profile is not complete yet: ${e.message}`;
    error.hidden = false;
    profileJson = null;
    $('snippet').value = '';
  }
}

async function readCall() {
  const text = $('call-text').value;
  const status = $('status');
  if (!text.trim()) {
    status.textContent = 'Paste the text of the call first.';
    return;
  }
  status.textContent = 'Reading the call…';
  try {
    const extraction = await reader.call('extract-call', { text, lang: 'en' });
    fill(extraction);
    const n = extraction.missing.length;
    status.textContent =
      n === 0
        ? 'Read. Every field was found: check them below.'
        : `Read. ${n} ${n === 1 ? 'field was' : 'fields were'} not found: see below.`;
    $('review').hidden = false;
    $('outputs').hidden = false;
    await update();
    $('step-review').focus();
  } catch (e) {
    status.textContent = e.trapped
      ? 'The reader stopped on this text and has been restarted. Please try again.'
      : `Could not read the call: ${e.message}`;
  }
}

async function copySnippet() {
  const box = $('snippet');
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    box.select();
    document.execCommand('copy');
  }
  $('copied').textContent = 'Copied.';
}

async function main() {
  $('script-url').value = new URL('submission-checker.js', location.href).href;
  try {
    await reader.ready;
  } catch {
    $('status').textContent =
      'The reader could not start in this browser. Please use a recent version of Firefox, Chrome, Edge or Safari.';
    return;
  }
  $('read').addEventListener('click', readCall);
  $('fields').addEventListener('input', update);
  $('fields').addEventListener('submit', (e) => e.preventDefault());
  $('script-url').addEventListener('input', () => {
    if (profileJson) $('snippet').value = snippet(profileJson);
  });
  $('copy-snippet').addEventListener('click', copySnippet);
  document.body.dataset.ready = 'true';
}

main();
