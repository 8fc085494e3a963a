/**
 * Start a prerendered page's app where the reader acts, without losing what they did. The page is complete as it
 * arrives; its code is fetched at the first sign of a reader at work (a pointer moving over it, a key, a touch,
 * a wheel, a scroll, focus) or when `soon()` is called. A control pressed before its part of the page is
 * interactive (`data-ready`, see src/app/ready-marker.tsx) does nothing without scripts, so that press is held
 * and replayed on the same element once the part is ready: the first tap is never lost.
 */

const INTENT = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'wheel', 'scroll'] as const;

/** What the app's handlers answer and the static page ignores: links and native widgets work without scripts. */
const CONTROL = 'button, [role="button"], [role="tab"], [role="switch"], [role="radio"], [role="checkbox"]';

/** How long after the load event to wait for the browser to report its first paint before going on without it. */
export const PAINT_WAIT_MS = 3000;

/**
 * Run `then` once the browser reports that the page's first frame is on screen (Paint Timing's `first-paint` or
 * `first-contentful-paint`, reported when the frame is presented, which may be well after the first animation
 * frame). Where the browser has no paint timing, at once; where it reports no paint within PAINT_WAIT_MS (a page
 * with nothing to paint), then.
 */
function afterFirstPaint(then: () => void): void {
  const types = typeof PerformanceObserver === 'function' ? (PerformanceObserver.supportedEntryTypes ?? []) : [];
  if (!types.includes('paint')) return then();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new PerformanceObserver(once);
  const timer = setTimeout(once, PAINT_WAIT_MS);
  // Buffered: a paint reported before this call counts.
  observer.observe({ type: 'paint', buffered: true });
}

/**
 * Run `task` once the page has loaded and the reader has been shown it: after the load event and the browser's
 * report of its first paint, one frame later. So nothing the page fetches for later (the data check, the app's
 * code) competes with the first paint for the network or the main thread.
 */
export function afterLoadAndPaint(task: () => void): void {
  const go = () => afterFirstPaint(() => requestAnimationFrame(() => setTimeout(task, 0)));
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

export interface Wake {
  /** Start now (a section came near the screen, the address needs the app, the data changed on the host). */
  soon(): void;
}

/** A control's section, while its section is not yet interactive (only sections hold controls the app drives). */
const waitingSection = (control: Element): Element | null => {
  const section = control.closest('section[id]');
  return section && !section.hasAttribute('data-ready') ? section : null;
};

export function wakeOnIntent(root: HTMLElement, start: () => void): Wake {
  let started = false;
  const soon = () => {
    if (started) return;
    started = true;
    for (const type of INTENT) window.removeEventListener(type, soon, true);
    start();
  };
  for (const type of INTENT) window.addEventListener(type, soon, { capture: true, passive: true });

  const held: Element[] = [];
  let watcher: MutationObserver | null = null;
  const replay = () => {
    for (const control of [...held]) {
      if (!control.isConnected) held.splice(held.indexOf(control), 1);
      else if (!waitingSection(control)) {
        held.splice(held.indexOf(control), 1);
        (control as HTMLElement).click();
      }
    }
    if (!held.length) {
      watcher?.disconnect();
      watcher = null;
    }
  };
  // Capture on the window runs before React's own listeners on the root, so a held press never reaches a part
  // that is half hydrated.
  window.addEventListener(
    'click',
    (event) => {
      const control = event.target instanceof Element ? event.target.closest(CONTROL) : null;
      if (!control || !root.contains(control) || !waitingSection(control)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!held.includes(control)) held.push(control);
      watcher ??= new MutationObserver(replay);
      watcher.observe(root, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
      soon();
    },
    true,
  );
  return { soon };
}
