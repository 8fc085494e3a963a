/**
 * The page's entry. The prerendered HTML and the stylesheet are all a reader needs to start reading, so the
 * app's code is fetched only once the page has loaded and painted: on a slow connection the text and the
 * stylesheet get the whole bandwidth first, and the scripts follow (then hydrate the sections near the reader).
 */
import './index.css';
import { EDITION_PATHS, siteRoot } from './lib/site';

/**
 * `?lang=` naming the other edition (an old link, a shared address) leads to that edition's own page, with the
 * rest of the address kept. Only on a prerendered page: the dev server has one page for both editions.
 */
function followLang(): boolean {
  const search = new URLSearchParams(window.location.search);
  const asked = search.get('lang')?.trim().toLowerCase() ?? '';
  const edition = asked === 'en' || asked.startsWith('en-') ? 'en' : /^zh(-|$)/.test(asked) ? 'zh-Hans' : null;
  const prerendered = document.getElementById('root')?.firstElementChild != null;
  if (!edition || !prerendered || edition === document.documentElement.lang) return false;
  search.delete('lang');
  const query = search.size ? `?${search.toString()}` : '';
  window.location.replace(`${new URL(EDITION_PATHS[edition], siteRoot()).href}${query}${window.location.hash}`);
  return true;
}

function start(): void {
  // One frame after load: the first paint has happened by then.
  requestAnimationFrame(() => {
    setTimeout(() => void import('./main'), 0);
  });
}

if (!followLang()) {
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
