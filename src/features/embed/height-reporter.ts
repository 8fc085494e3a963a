import { resizeMessage } from './messages';

/**
 * Post the element's height to the parent page whenever it changes (step changes, opened quotes,
 * tooltips, window resizes). The element's height comes from its content only — nothing inside the embed
 * is sized in % or vh of the frame — so setting the frame's height cannot feed back into a loop. Started by the
 * embed's start (boot-embed.ts) before any app code, so a static embed page sizes its frame even if the reader
 * never touches it. Hosts that resize with pym.js (`pymId`, the frame's `childId`) or AMP get their own messages.
 * Returns a function that stops it.
 */
export function reportHeight(element: HTMLElement, id: string, pymId = ''): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  let frame = 0;
  const post = () => {
    frame = 0;
    // While a section is still loading, keep the height hint the host gave us: reporting the short
    // loading state and then the full height would make the host page jump twice.
    if (element.querySelector('[data-loading]')) return;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // The height is not sensitive, and the host's origin is unknown to us: '*' is the right target.
    window.parent.postMessage(resizeMessage(id || 'preview', height), '*');
    // Hosts that speak pym.js (a WordPress pym shortcode names the frame `childId`) or AMP (amp-iframe resizable).
    if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(post);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(element);
  // Loading placeholders are replaced without a size change sometimes; watch the tree as well.
  const mutations = new MutationObserver(schedule);
  mutations.observe(element, { childList: true, subtree: true });
  schedule();
  return () => {
    observer.disconnect();
    mutations.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
