/**
 * The page's entry. The prerendered HTML and the stylesheet are all a reader needs to start reading, so the
 * app's code is fetched only once the page has loaded and painted: on a slow connection the text and the
 * stylesheet get the whole bandwidth first, and the scripts follow (then hydrate the sections near the reader).
 */
import './index.css';

function start(): void {
  // One frame after load: the first paint has happened by then.
  requestAnimationFrame(() => {
    setTimeout(() => void import('./main'), 0);
  });
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
