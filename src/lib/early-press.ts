/**
 * A press answered before the app has taken over its part of the page, with no app code at all. Every step of a
 * case and every article's quotes are in the prerendered HTML; what a press changes before the app arrives is
 * which of them shows. So a press of Next, Previous or a step number, or of an article's tab, is answered at once
 * here (lib/wake.ts calls it from its capture listener), and the app takes over from the same state when its code
 * arrives: the state is written to the address (`?alexa-step=3`, `?source=…`), which the app reads as it starts.
 *
 * What this may touch, so that React's hydration and its first updates leave a consistent page:
 *  - a case view: `data-early-step` on the view's group and `data-early` on the chosen step's panel, timeline line
 *    and buttons, attributes the app never renders (index.css draws that step from them), plus `aria-hidden` on
 *    the step panels, `aria-current` on the step buttons and `aria-disabled` on Previous and Next, set exactly as
 *    the app sets them for that step (so its later updates, which change only what its own render changed, agree);
 *  - the quote viewer: `aria-selected` and `tabindex` on its tabs and `hidden` on its panels, likewise.
 * The app starts the view at that step with no motion and then clears the early marks
 * (features/cases/use-stepper.ts). A polite live region outside the app's root announces an early step.
 *
 * This file runs in every page's entry script before the first paint: keep it small and free of imports.
 */

/** The attribute naming the step (1-based) chosen before the app took over a case view. */
export const EARLY_STEP = 'data-early-step';

/** A polite announcement for screen readers, outside the app's root so that the app never meets it. */
let announcer: HTMLElement | null = null;
function announce(message: string): void {
  if (!announcer) {
    announcer = document.createElement('div');
    announcer.setAttribute('aria-live', 'polite');
    announcer.className = 'sr-only';
    document.body.append(announcer);
  }
  announcer.textContent = message;
}

/**
 * Put a section's state into the address, as the app would (a value of null removes the parameter), and tell the
 * app's address store, which listens to popstate, in case the app has started meanwhile.
 */
function writeParams(changes: Record<string, string | null>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href === window.location.href) return;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
}

/** The step (0-based) a case view shows: an early choice, else the one the prerender marked current. */
function shownStep(view: HTMLElement, panels: HTMLElement[]): number {
  const early = Number(view.getAttribute(EARLY_STEP));
  if (early >= 1 && early <= panels.length) return early - 1;
  const current = panels.findIndex((panel) => !panel.hasAttribute('aria-hidden'));
  return Math.max(0, current);
}

/** Mark `elements[index]` (and, with `before`, the ones before it) for the stylesheet; unmark the rest. */
function mark(elements: readonly HTMLElement[], index: number, value: string, before?: string): void {
  elements.forEach((element, n) => {
    if (n === index) element.dataset.early = value;
    else if (n < index && before) element.dataset.early = before;
    else delete element.dataset.early;
  });
}

/** Show step `to` (0-based) of a case view, as the app will. */
export function showEarlyStep(view: HTMLElement, to: number, { speak = true, write = true } = {}): boolean {
  const panels = [...view.querySelectorAll<HTMLElement>('article[data-step]')];
  const param = view.dataset.stepper;
  if (!param || !(to >= 0 && to < panels.length)) return false;
  view.setAttribute(EARLY_STEP, String(to + 1));
  panels.forEach((panel, index) => {
    if (index === to) panel.removeAttribute('aria-hidden');
    else panel.setAttribute('aria-hidden', 'true');
  });
  const buttons = [...view.querySelectorAll<HTMLElement>('[data-go-step]')];
  buttons.forEach((button, index) => {
    if (index === to) button.setAttribute('aria-current', 'step');
    else button.removeAttribute('aria-current');
  });
  mark(panels, to, 'shown');
  mark([...view.querySelectorAll<HTMLElement>('[data-moment]')], to, 'shown');
  mark(buttons, to, 'current', 'done');
  // Previous and Next are aria-disabled at either end, as the app renders them.
  for (const [go, end] of [
    ['previous', 0],
    ['next', panels.length - 1],
  ] as const) {
    const button = view.querySelector(`[data-go="${go}"]`);
    if (to === end) button?.setAttribute('aria-disabled', 'true');
    else button?.removeAttribute('aria-disabled');
  }
  if (write) writeParams({ [param]: String(to + 1) });
  if (speak) announce(buttons[to]?.getAttribute('aria-label') ?? '');
  return true;
}

/** The step (0-based) chosen before the app took over `view`, or null. */
export function earlyStep(view: HTMLElement | null): number | null {
  const step = Number(view?.getAttribute(EARLY_STEP));
  return Number.isInteger(step) && step >= 1 ? step - 1 : null;
}

/** The app shows `step` (0-based): the early marks have done their work once it is the one they chose. */
export function clearEarlyStep(view: HTMLElement | null, step: number): void {
  if (!view || earlyStep(view) !== step) return;
  view.removeAttribute(EARLY_STEP);
  for (const element of view.querySelectorAll<HTMLElement>('[data-early]')) delete element.dataset.early;
}

/** A press of Previous, Next or a step number in a case view. */
function pressStep(control: HTMLElement): boolean {
  const view = control.closest<HTMLElement>('[data-stepper]');
  const go = control.dataset.go;
  if (!view || !go) return false;
  const panels = [...view.querySelectorAll<HTMLElement>('article[data-step]')];
  const from = shownStep(view, panels);
  const to = go === 'next' ? from + 1 : go === 'previous' ? from - 1 : Number(go);
  // At either end Previous and Next do nothing (showEarlyStep refuses), as in the app; the press is answered anyway.
  if (to !== from) showEarlyStep(view, to);
  return true;
}

/** Choose a tab of a tab list whose choice lives in the address (`data-param` on the list, `data-value` on each tab). */
function chooseTab(list: Element, tab: HTMLElement): void {
  for (const other of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const chosen = other === tab;
    other.setAttribute('aria-selected', String(chosen));
    other.tabIndex = chosen ? 0 : -1;
    const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !chosen;
  }
}

/** A press of an article's tab in the quote viewer: that article, and no single quote picked out any more. */
function pressTab(tab: HTMLElement): boolean {
  const list = tab.closest('[role="tablist"][data-param]');
  const param = list?.getAttribute('data-param');
  const value = tab.dataset.value;
  if (!list || !param || !value) return false;
  chooseTab(list, tab);
  writeParams({ quote: null, [param]: value });
  return true;
}

/**
 * Answer a press before the app has taken over, if it is one this page can answer without code. Returns true when
 * it did (the caller then stops the press from going further: the app will show the same state as it starts).
 */
export function answerEarly(control: Element): boolean {
  if (!(control instanceof HTMLElement)) return false;
  if (control.dataset.go !== undefined) return pressStep(control);
  if (control.getAttribute('role') === 'tab') return pressTab(control);
  return false;
}

/** The arrow keys and Home/End on a focused case view, as the app answers them. */
export function answerEarlyKey(event: KeyboardEvent): boolean {
  const view = event.target instanceof HTMLElement ? event.target : null;
  if (!view?.dataset.stepper || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const panels = [...view.querySelectorAll<HTMLElement>('article[data-step]')];
  const from = shownStep(view, panels);
  // Up and Down scroll the page, as they do once the app runs (step-index.ts).
  const keys: Record<string, number> = {
    ArrowRight: from + 1,
    ArrowLeft: from - 1,
    Home: 0,
    End: panels.length - 1,
  };
  const to = keys[event.key];
  if (to === undefined) return false;
  if (to !== from) showEarlyStep(view, to);
  return true;
}

/**
 * A page opened by an address that names a step or an article (a shared link, `?ring-step=7`, `?source=…`): show
 * it from the first paint, before any app code, rather than the first one until the app arrives. The step is read
 * as the app reads it (features/cases/step-index.ts, parseStep).
 */
export function showAddressedState(root: ParentNode): void {
  const search = new URLSearchParams(window.location.search);
  for (const view of root.querySelectorAll<HTMLElement>('[data-stepper]')) {
    const raw = search.get(view.dataset.stepper ?? '')?.trim() ?? '';
    if (/^\d{1,6}$/.test(raw) && Number(raw) > 1) showEarlyStep(view, Number(raw) - 1, { speak: false, write: false });
  }
  if (search.has('quote')) return;
  for (const list of root.querySelectorAll('[role="tablist"][data-param]')) {
    const value = search.get(list.getAttribute('data-param') ?? '');
    const tab = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.dataset.value === value);
    if (tab) chooseTab(list, tab);
  }
}
