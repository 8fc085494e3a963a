/**
 * Resolve when the element with `id` comes near the viewport (or at once where that cannot be known:
 * prerendering, jsdom, no IntersectionObserver). Used to load a section's code only when a reader gets
 * close to it; until then the prerendered HTML stands in for it.
 */
export async function whenVisible(id: string, rootMargin = '600px'): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return;
  const element = await elementSoon(id);
  if (!element) return;
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
  });
}

/** The element, once React has committed it (a few frames at most); null if it never appears. */
async function elementSoon(id: string, frames = 30): Promise<HTMLElement | null> {
  for (let frame = 0; frame < frames; frame += 1) {
    const element = document.getElementById(id);
    if (element) return element;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}
