// The standalone page: the <submission-checker> element does the work; this
// file passes it the page's query (?call=, ?today=, ?lang=) and keeps the
// page's own title and heading in the element's language.
// The element's own i18n (its words are loaded once, for both).
import { dirOf, t } from './checker-element.js';

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
