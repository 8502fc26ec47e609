// The standalone page: pick a call, choose a file, read the findings, open the email.
// All reading happens in worker.js; this file only talks to it and draws.

const $ = (id) => document.getElementById(id);

/** Talks to the worker; replaces it if its wasm instance traps. */
class Checker {
  constructor() { this.next = 1; this.pending = new Map(); this.start(); }
  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((ok, fail) => { this.readyOk = ok; this.readyFail = fail; });
    this.worker.onmessage = (e) => {
      const m = e.data;
      if (m.ready) { m.ok ? this.readyOk() : this.readyFail(new Error(m.error)); return; }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.trapped) this.restart();
      m.ok ? p.ok(m.value) : p.fail(Object.assign(new Error(m.error), { trapped: !!m.trapped }));
    };
    this.worker.onerror = (e) => { this.readyFail(new Error(e.message)); this.failAll(e.message); };
  }
  restart() { this.worker.terminate(); this.failAll('restarted'); this.start(); }
  failAll(msg) { for (const p of this.pending.values()) p.fail(Object.assign(new Error(msg), { trapped: true })); this.pending.clear(); }
  async call(type, data = {}, transfer = []) {
    await this.ready;
    const id = this.next++;
    return new Promise((ok, fail) => { this.pending.set(id, { ok, fail }); this.worker.postMessage({ id, type, ...data }, transfer); });
  }
}

/** Today's date (YYYY-MM-DD) in the call's time zone; `?today=` overrides it for demos and tests. */
function todayIn(zone) {
  const forced = new URLSearchParams(location.search).get('today');
  if (forced) return forced;
  try {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date()).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  } catch { return new Date().toISOString().slice(0, 10); }
}

const nf = new Intl.NumberFormat('en');
const formatNames = { docx: 'Word (.docx)', docm: 'Word with macros (.docm)', doc: 'Word 97-2003 (.doc)', pdf: 'PDF', odt: 'OpenDocument (.odt)', rtf: 'RTF', txt: 'plain text' };
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function facts(dl, rows) {
  dl.replaceChildren();
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const dt = document.createElement('dt'); dt.textContent = term;
    const dd = document.createElement('dd'); dd.textContent = value;
    dl.append(dt, dd);
  }
}

function showCall(p) {
  facts($('call-facts'), [
    ['Send to', p.email ?? (p.email_hint ? `not given in this call (the same body's previous call used ${p.email_hint})` : 'not given in this call')],
    ['Email subject', p.subject ?? 'not specified'],
    ['Deadline', p.deadline ? new Date(p.deadline + 'T12:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : 'not specified'],
    ['Word limit', p.word_limit ? nf.format(p.word_limit) : 'none stated'],
    ['Formats', p.formats?.length ? [...new Set(p.formats.map((f) => (f === 'docm' || f === 'doc' ? 'docx' : f)))].map((f) => formatNames[f] ?? f).join(', ') : 'not specified'],
    ['Languages', p.languages?.length ? p.languages.map((l) => languageNames.of(l)).join(', ') : 'not specified'],
  ]);
}

function where(loc) {
  if (!loc) return '';
  const parts = [];
  if (loc.page) parts.push(`page ${loc.page}`);
  if (loc.paragraph) parts.push(`paragraph ${loc.paragraph}`);
  if (loc.part) parts.push(loc.part);
  if (loc.heading) parts.push(`under “${loc.heading}”`);
  if (loc.quote) parts.push(`“${loc.quote}”`);
  return parts.join(', ');
}

function showReport(r) {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const verdict = $('verdict');
  verdict.className = 'verdict ' + (r.ready ? 'ready' : 'fix');
  verdict.textContent = r.ready ? 'Ready to send.' : `${errors} ${errors === 1 ? 'thing' : 'things'} to fix before sending.`;
  const w = r.words;
  facts($('figures'), [
    ['File', `${r.file.name} (${formatNames[r.file.format] ?? r.file.format})`],
    ['Words', w.counted === null ? null : (w.limit ? `${nf.format(w.counted)} of ${nf.format(w.limit)} allowed` : nf.format(w.counted)) + (w.notes ? ` (notes: ${nf.format(w.notes)} more)` : '')],
    ['Pages', r.pages],
    ['Language', r.language.main ? languageNames.of(r.language.main) + (r.language.reliable ? '' : ' (not sure)') : null],
    ['Links', r.error ? null : String(r.links.length)],
  ]);
  const list = $('findings');
  list.replaceChildren();
  for (const f of r.findings) {
    const div = document.createElement('div');
    div.className = `finding ${f.severity}`;
    div.dataset.rule = f.rule;
    const head = document.createElement('p');
    const sev = document.createElement('span'); sev.className = 'sev'; sev.textContent = f.severity + ' ';
    head.append(sev, document.createTextNode(f.message));
    div.append(head);
    const at = where(f.location);
    if (at) { const p = document.createElement('p'); p.className = 'where'; p.textContent = 'Where: ' + at; div.append(p); }
    if (f.help) { const p = document.createElement('p'); p.className = 'help'; p.textContent = f.help; div.append(p); }
    list.append(div);
  }
  $('mailto').href = r.mailto;
  $('results').hidden = false;
  $('results-title').focus();
}

const checker = new Checker();
let profiles = [];

async function checkFile(file) {
  const status = $('status');
  status.textContent = `Checking ${file.name}…`;
  try {
    const bytes = await file.arrayBuffer();
    const call = profiles.find((p) => p.id === $('call').value);
    const report = await checker.call('check', { bytes, name: file.name, call: call.id, today: todayIn(call.timezone), options: { lang: 'en' } }, [bytes]);
    status.textContent = `Checked ${file.name}.`;
    showReport(report);
  } catch (e) {
    status.textContent = e.trapped
      ? 'The checker stopped on this file and has been restarted. Please try again, or save the file again from Word and check the new copy.'
      : `Could not check the file: ${e.message}`;
  }
}

async function main() {
  try {
    profiles = await checker.call('profiles');
  } catch (e) {
    $('status').textContent = 'The checker could not start in this browser. Please use a recent version of Firefox, Chrome, Edge or Safari.';
    return;
  }
  const select = $('call');
  for (const p of profiles) select.append(new Option(`${p.id.toUpperCase()}: ${p.title}`, p.id));
  const wanted = new URLSearchParams(location.search).get('call');
  select.value = profiles.some((p) => p.id === wanted) ? wanted : profiles[profiles.length - 1].id;
  showCall(profiles.find((p) => p.id === select.value));
  select.addEventListener('change', () => {
    showCall(profiles.find((p) => p.id === select.value));
    const f = $('file').files[0];
    if (f) checkFile(f);
  });
  $('file').addEventListener('change', () => { const f = $('file').files[0]; if (f) checkFile(f); });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); const f = e.dataTransfer.files[0]; if (f) checkFile(f); });
  document.body.dataset.ready = 'true';
}

main();
