/**
 * The main page's start (src/boot.ts runs it). The prerendered HTML and the stylesheet are all a reader needs to
 * start reading, so the app's code is fetched only where the reader acts: when a section comes near the screen, or
 * at the first pointer, key or touch, once the page has loaded and painted (a press held meanwhile is replayed:
 * lib/wake.ts).
 * A reader who only reads the opening downloads no app code at all; then the scripts follow and hydrate the
 * sections near the reader. Data edited on the host since the build starts the app at once, to show it.
 */
import { pageLocale, parseLocale } from './lib/locales';
import { applyEditionLinks, EDITION_PATHS, siteRoot } from './lib/site';
import { showAddressedState } from './lib/early-press';
import { APP_FAILED } from './lib/boot-strings';
import { afterLoadAndPaint, wakeOnIntent } from './lib/wake';
import { dataChangedSinceBuild } from './data/shipped';

/**
 * `?lang=` naming the other edition (an old link, a shared address) leads to that edition's own page, with the
 * rest of the address kept.
 */
function followLang(): boolean {
  const search = new URLSearchParams(window.location.search);
  const edition = parseLocale(search.get('lang'));
  if (!edition || edition === pageLocale()) return false;
  search.delete('lang');
  const query = search.size ? `?${search.toString()}` : '';
  window.location.replace(`${new URL(EDITION_PATHS[edition], siteRoot()).href}${query}${window.location.hash}`);
  return true;
}

function start(root: HTMLElement): void {
  const wake = wakeOnIntent(root, () => import('./main'), APP_FAILED[pageLocale() ?? 'en']);
  // A section on the screen (a deep link to #ring, a scroll) needs its code: its heading in the top three
  // quarters of the screen.
  if (typeof IntersectionObserver !== 'function') return wake.soon();
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      wake.soon();
    },
    { rootMargin: '0px 0px -25% 0px' },
  );
  for (const section of root.querySelectorAll('section[id]')) near.observe(section.querySelector('h2') ?? section);
  // Data edited on the host since the build: the app shows it (or its problem) without waiting for the reader.
  void dataChangedSinceBuild(siteRoot(), `copy.${pageLocale() ?? 'en'}.json`).then((changed) => changed && wake.soon());
}

export function bootMainPage(): void {
  const root = document.getElementById('root');
  // The dev server's one page for both editions is empty: the app draws it, in the edition `?lang=` asks for.
  if (!root?.firstElementChild) return afterLoadAndPaint(() => void import('./main'));
  if (followLang()) return;
  // The canonical and hreflang links, absolute (the build wrote them only if it knew the site's address).
  if (!document.querySelector('link[rel="canonical"]')) applyEditionLinks(pageLocale() ?? 'en', null);
  // A step or an article named in the address shows from the first paint, before the app (lib/early-press.ts).
  showAddressedState(root);
  afterLoadAndPaint(() => start(root));
}
