// The standalone page's one script. It starts the checker (submission-checker.js:
// the worker at once, then the <submission-checker> element, which does the
// work), then passes the element the page's query (?call=, ?today=, ?lang=) and
// keeps the page's own title and heading in the element's language. As served,
// submission-checker.js is inside this file (scripts/site.mjs): one request.
import './submission-checker.js';

// The element's own i18n (its words are loaded once, for both). Imported, not
// bundled: so the worker starts before the element's code has arrived.
const { dirOf, t } = await import('./checker-element.js');

const checker = document.querySelector('submission-checker');
const query = new URLSearchParams(location.search);
for (const name of ['call', 'today', 'lang']) {
  const value = query.get(name);
  if (value) checker.setAttribute(name, value);
}
checker.addEventListener('langchange', (e) => {
  const lang = e.detail.lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
  document.title = t(lang, 'page.title');
  document.getElementById('page-title').textContent = t(lang, 'page.title');
});
