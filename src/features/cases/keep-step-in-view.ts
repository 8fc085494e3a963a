/** Room kept above the picture or the title when the view is scrolled to them, in CSS px, when the section sets none. */
const MARGIN = 8;
/** The title and about two lines of the step's text below it. */
const TEXT = 56;

/**
 * After a reader's press, the new step's picture, title and first lines must be on screen with the controls: a
 * reader who scrolled down to finish a long step would otherwise meet the next one halfway through, or see only
 * the bar of controls. When they are not all in view (above the bar of controls, on a phone), scroll at once so
 * that the higher of the picture and the title is at the top of the screen. At once, not smoothly: the text has
 * just been replaced, so the jump is a page turn, and nothing else moves with it.
 *
 * Called in the commit that shows the new text, so that text is never painted in the old place.
 */
export function keepStepInView(view: HTMLElement | null): void {
  const scene = view?.querySelector('[data-scene]');
  const title = view?.querySelector('article[data-step]:not([aria-hidden]) h3');
  if (!scene || !title) return;
  const picture = scene.getBoundingClientRect();
  const heading = title.getBoundingClientRect();
  const nav = view?.querySelector('[data-step-nav]')?.getBoundingClientRect();
  // The bar covers the foot of the screen when it sits below the title (a phone); beside the text it covers nothing.
  const floor = nav && nav.top > heading.top ? Math.min(nav.top, window.innerHeight) : window.innerHeight;
  const top = Math.min(picture.top, heading.top);
  const bottom = Math.max(picture.bottom, heading.bottom + TEXT);
  // The page's sticky contents line covers the top of the screen: the section's scroll margin keeps clear of it.
  const section = view?.closest('section');
  const clear = (section ? parseFloat(getComputedStyle(section).scrollMarginTop) : 0) || MARGIN;
  if (top >= clear && bottom <= floor) return;
  window.scrollBy({ top: top - clear, behavior: 'instant' });
}

/**
 * The page was opened by a link to a step of this view at its section (`?alexa-step=7#alexa`, the embed's "open the
 * full explainer"), and the reader has not scrolled since the browser went to the section: the step, not the
 * section's introduction above the view, is what the link is for.
 */
export function openedAtStep(view: HTMLElement | null): boolean {
  const section = view?.closest('section[id]');
  const param = view?.dataset.stepper;
  if (!section || !param || window.location.hash !== `#${section.id}`) return false;
  if (!new URLSearchParams(window.location.search).has(param)) return false;
  const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
  return Math.abs(section.getBoundingClientRect().top - margin) < 4;
}
