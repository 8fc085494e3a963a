/**
 * Start a prerendered page's app where the reader acts, without losing what they did. The page is complete as it
 * arrives; its code is fetched at the first sign of a reader at work (a pointer moving over it, a key, a touch,
 * a wheel, a scroll, focus) or when `soon()` is called. A control pressed before its part of the page is
 * interactive (`data-ready`, see src/app/ready-marker.tsx) does nothing without scripts, so that press is held
 * and replayed on the same element once the part is ready: the first tap is never lost.
 */

import { answerEarly, answerEarlyKey } from './early-press';

const INTENT = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'wheel', 'scroll'] as const;

/**
 * What the app's handlers answer and the static page ignores: links work without scripts, and so do a chart's
 * radio buttons and checkboxes (the stylesheet shows the chart drawn for them, and the app starts from them:
 * src/charts/chart-options.tsx), so their press goes on untouched.
 */
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

/** A control's section, while its section is not yet interactive (only sections hold controls the app drives). */
const waitingSection = (control: Element): Element | null => {
  const section = control.closest('section[id]');
  return section && !section.hasAttribute('data-ready') ? section : null;
};

/** How many times the app's code may fail to arrive before the page says so (each new sign of a reader tries again). */
export const START_TRIES = 2;

/**
 * The app's code could not be fetched (a redeploy removed it, the reader went offline): the page says so with a way
 * to reload, and shows everything the page holds, as it does without scripts (noscript.css: every step, every
 * article's quotes), so nothing stays hidden behind a control that cannot work.
 */
function showStartFailure(message: { text: string; reload: string }): void {
  if (document.getElementById('app-failed')) return;
  const noscript = document.querySelector('noscript')?.textContent ?? '';
  const href = /href="([^"]+)"/.exec(noscript)?.[1];
  if (href) {
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = href;
    document.head.append(sheet);
  }
  const banner = document.createElement('p');
  banner.id = 'app-failed';
  banner.setAttribute('role', 'alert');
  banner.className = 'fixed inset-x-0 bottom-0 z-50 border-t-2 border-bad bg-bad-soft p-3 text-center text-ink';
  const reload = document.createElement('a');
  reload.href = window.location.href;
  reload.textContent = message.reload;
  banner.append(`${message.text} `, reload);
  document.body.append(banner);
  // Room below the page's end, so the banner never covers its last lines.
  document.body.classList.add('pb-32');
}

/**
 * Start the app at the first sign of a reader (or `soon()`), answer a press that needs no code at once
 * (lib/early-press.ts), and hold any other press until its section is ready, then replay it. If the code cannot be
 * fetched, the next sign of a reader tries again; after START_TRIES failures the page says so (`failure`).
 */
export function wakeOnIntent(
  root: HTMLElement,
  start: () => Promise<unknown>,
  failure: { text: string; reload: string },
): { soon: () => void } {
  let started = false;
  let failures = 0;
  const listen = () => {
    for (const type of INTENT) window.addEventListener(type, soon, { capture: true, passive: true });
  };
  /** Start now (a section came near the screen, the address needs the app, the data changed on the host). */
  const soon = () => {
    if (started) return;
    started = true;
    for (const type of INTENT) window.removeEventListener(type, soon, true);
    start().catch(() => {
      failures += 1;
      if (failures >= START_TRIES) return showStartFailure(failure);
      started = false;
      listen();
    });
  };
  listen();

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
      // A section's alert (its Retry) belongs to a section the app already runs: never held.
      if (!control || !root.contains(control) || !waitingSection(control) || control.closest('[role="alert"]')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      soon();
      if (answerEarly(control)) return;
      if (!held.includes(control)) held.push(control);
      watcher ??= new MutationObserver(replay);
      watcher.observe(root, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
    },
    true,
  );
  // The arrow keys on a focused case view, likewise.
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof Element) || !root.contains(event.target) || !waitingSection(event.target)) return;
      if (!answerEarlyKey(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );
  return { soon };
}
