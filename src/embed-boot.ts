/**
 * An embed page's entry. A static embed page (embed/penalties.html) is complete as it arrives; its code is
 * fetched once the page has loaded and painted, so the text and the stylesheet get the bandwidth first and no
 * script stands between the host's reader and the first paint. (The iframe itself loads only as the reader
 * nears it: the loader makes it lazy.) The older embed.html, drawn by its scripts, starts at once.
 */
import './index.css';

// A theme the host asked for (`?theme=dark`), set as early as a script can run without an inline script, so that
// the page is not painted in the other theme first.
const theme = new URLSearchParams(window.location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const prerendered = document.getElementById('root')?.firstElementChild != null;
const start = () => void import('./embed-main');
if (!prerendered) start();
else {
  const afterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
}
