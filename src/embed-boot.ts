/**
 * An embed page's entry, about 1 KB: the host's theme, the frame's height, the page's canonical link, then the
 * app. A static embed page (embed/penalties.html) is complete as it arrives; the app hydrates it after the first
 * paint.
 */
import { reportHeight } from './features/embed/height-reporter';
import { EMBED_ID_PATTERN } from './features/embed/messages';
import './index.css';
import { pageLocale } from './lib/locales';
import { applyEditionLinks } from './lib/site';

// A theme the host asked for (`?theme=dark`), set as early as a script can run without an inline script, so that
// the page is not painted in the other theme first.
const search = new URLSearchParams(window.location.search);
const theme = search.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const root = document.getElementById('root');
const id = search.get('id') ?? '';
// The frame follows the page's height from the first paint, whether or not the app ever runs.
if (root) reportHeight(root, EMBED_ID_PATTERN.test(id) ? id : '');

// A static page names its view and is prerendered in its edition; embed.html is empty until its scripts run.
const view = document.querySelector('meta[name="explainer-view"]')?.getAttribute('content');
const page = view && root?.firstElementChild ? { view, lang: pageLocale() ?? 'en' } : null;
if (page && !document.querySelector('link[rel="canonical"]')) applyEditionLinks(page.lang, page.view);

// The app's code starts once the page has loaded and painted (the iframe itself loads only as the reader nears
// it: the loader makes it lazy). Not later, at the reader's first touch: that tap would be lost while the code
// arrives. The older embed.html is drawn by its scripts, so it starts at once.
const start = () => void import('./embed-main').then(({ startEmbed }) => root && startEmbed(root, page));
if (!page) start();
else {
  const afterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
}
