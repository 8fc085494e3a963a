/**
 * An embed page's start (src/boot.ts runs it): the host's theme, the frame's height, the page's canonical link,
 * then the app. A static embed page (embed/penalties.html) is complete as it arrives; the app hydrates it where
 * the reader acts.
 */
import { reportHeight } from './features/embed/height-reporter';
import { EMBED_ID_PATTERN, readTheme } from './features/embed/messages';
import { pageLocale } from './lib/locales';
import { applyEditionLinks, siteRoot } from './lib/site';
import { showAddressedState } from './lib/early-press';
import { APP_FAILED } from './lib/boot-strings';
import { afterLoadAndPaint, wakeOnIntent } from './lib/wake';
import { dataChangedSinceBuild } from './data/shipped';

/** What hosts put in every frame's address (the loader, pym.js); anything else is a section's state. */
const FRAME_PARAMS = new Set([
  'id',
  'theme',
  'bg',
  'lang',
  'view',
  'initialWidth',
  'childId',
  'parentTitle',
  'parentUrl',
]);

export function bootEmbedPage(): void {
  // A theme the host asked for (`?theme=dark`), set as early as a script can run without an inline script, so that
  // the page is not painted in the other theme first.
  const search = new URLSearchParams(window.location.search);
  const theme = search.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  // Transparent by default, so the host's page shows through (index.css); `bg=page` keeps the explainer's own.
  // Opened on its own (not in a frame), there is no host to show through: it paints its own background.
  if (search.get('bg') === 'page' || window.parent === window) document.documentElement.dataset.bg = 'page';

  // A host may change the theme later (its own dark-mode switch): a theme message from the parent page only.
  window.addEventListener('message', (event) => {
    const asked = event.source === window.parent && window.parent !== window ? readTheme(event.data) : null;
    if (asked === 'auto') delete document.documentElement.dataset.theme;
    else if (asked) document.documentElement.dataset.theme = asked;
  });

  const root = document.getElementById('root');
  const id = search.get('id') ?? '';
  const pymId = search.get('childId') ?? '';
  // The frame follows the page's height from the first paint, whether or not the app ever runs.
  if (root) reportHeight(root, EMBED_ID_PATTERN.test(id) ? id : '', EMBED_ID_PATTERN.test(pymId) ? pymId : '');

  // A static page names its view and is prerendered in its edition; embed.html is empty until its scripts run.
  const view = document.querySelector('meta[name="explainer-view"]')?.getAttribute('content');
  const claim = document.querySelector('meta[name="explainer-claim"]')?.getAttribute('content') ?? null;
  const part = document.querySelector('meta[name="explainer-part"]')?.getAttribute('content') ?? null;
  const back = document.querySelector('meta[name="explainer-root"]')?.getAttribute('content') ?? '../';
  const page = view && root?.firstElementChild ? { view, lang: pageLocale() ?? 'en', claim, part, root: back } : null;
  if (page && !document.querySelector('link[rel="canonical"]')) applyEditionLinks(page.lang, page.view);

  // The older embed.html is drawn by its scripts, so they start at once. A static page's code starts where the reader
  // acts (a press meanwhile is held and replayed: lib/wake.ts), or once the page has loaded and painted if the
  // address asks for a state the page does not show as built (a step, a source) or the data changed on the host.
  const start = () => import('./embed-main').then(({ startEmbed }) => root && startEmbed(root, page));
  if (!page || !root) void start();
  else {
    showAddressedState(root);
    const wake = wakeOnIntent(root, start, APP_FAILED[page.lang]);
    afterLoadAndPaint(() => {
      if ([...search.keys()].some((name) => !FRAME_PARAMS.has(name))) wake.soon();
      else void dataChangedSinceBuild(siteRoot(), `copy.${page.lang}.json`).then((changed) => changed && wake.soon());
    });
  }
}
