/**
 * Resolve when the element with `id` comes near the viewport (or at once where that cannot be known:
 * prerendering, jsdom, no IntersectionObserver). Used to load a section's code only when a reader gets
 * close to it; until then the prerendered HTML stands in for it.
 */
export function whenVisible(id: string, rootMargin = '600px'): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  const element = document.getElementById(id);
  if (!element) return Promise.resolve();
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
