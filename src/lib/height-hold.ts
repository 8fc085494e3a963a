/**
 * An embed page whose first drawing is provisional holds its frame's height until the real one is drawn: a chart
 * alone (embed/penalties.chart-time.html) is prerendered for a 640 px column and drawn again for the frame's width
 * once its code runs. Reporting the provisional height first would move the host page twice; the loader's first
 * height for the frame is already the final one (measured: features/embed/heights.ts).
 */
const ATTRIBUTE = 'data-height-hold';
const RELEASED = 'explainer:height-released';

/** Hold the height reports until `releaseHeight`, or `ms` at most (the code may never arrive). */
export function holdHeight(ms = 10_000): void {
  document.documentElement.setAttribute(ATTRIBUTE, '');
  setTimeout(releaseHeight, ms);
}

export function releaseHeight(): void {
  if (typeof document === 'undefined' || !document.documentElement.hasAttribute(ATTRIBUTE)) return;
  document.documentElement.removeAttribute(ATTRIBUTE);
  window.dispatchEvent(new Event(RELEASED));
}

export const heightHeld = (): boolean => document.documentElement.hasAttribute(ATTRIBUTE);

/** Call `listener` when the hold ends. Returns a function that stops listening. */
export function onHeightReleased(listener: () => void): () => void {
  window.addEventListener(RELEASED, listener);
  return () => window.removeEventListener(RELEASED, listener);
}
