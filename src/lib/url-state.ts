/**
 * Section state in the page's query string (`?alexa-step=3&source=clubic-2023-06-02`), so a shared link
 * reopens the same view. Writes use replaceState (no history spam); the hash (#section) is kept.
 *
 * A write can be marked `soon`: the new value is what every reader sees at once, but the address bar is
 * updated a moment later, in its own task. Chromium does work on each replaceState (it re-reads the
 * favicon, among other things), and a case view's step change should not pay for it inside the press.
 */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Writes not yet in the address bar: parameter → value (null removes it). */
const pending = new Map<string, string | null>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
/** How long a `soon` write may wait: past the step animation's first frames, well before a reader could copy the address. */
export const URL_WRITE_DELAY_MS = 250;

/** On back/forward the browser's address wins over writes still waiting. */
function onPopState(): void {
  pending.clear();
  notify();
}

/** Subscribe to changes of the page's address made here or by back/forward navigation. */
export function subscribeToUrl(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

function withPending(href: string): URL {
  const url = new URL(href);
  for (const [name, value] of pending) {
    if (value === null || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return url;
}

/** The page's address including writes that have not reached the address bar yet. */
export function currentHref(): string {
  return pending.size === 0 ? window.location.href : withPending(window.location.href).href;
}

/** Put every waiting write into the address bar now (one replaceState). Returns whether the address changed. */
export function flushUrl(): boolean {
  if (flushTimer !== undefined) clearTimeout(flushTimer);
  flushTimer = undefined;
  if (pending.size === 0) return false;
  const url = withPending(window.location.href);
  pending.clear();
  if (url.href === window.location.href) return false;
  window.history.replaceState(window.history.state, '', url);
  return true;
}

/** The last query string parsed, and its parameters: a long address (a 1 MB `q`) is parsed once per change. */
let parsed: { search: string; params: URLSearchParams } | null = null;
function paramsOf(search: string): URLSearchParams {
  if (parsed?.search !== search) parsed = { search, params: new URLSearchParams(search) };
  return parsed.params;
}

/** One parameter of `search`, or of the page's current state (waiting writes included) when `search` is omitted. */
export function readParam(name: string, search?: string): string | null {
  if (search === undefined) {
    if (pending.has(name)) return pending.get(name) || null;
    search = window.location.search;
  }
  return paramsOf(search).get(name);
}

/** Set (or with null, remove) one query parameter and tell every subscriber; with `soon`, the address bar follows shortly. */
export function writeParam(name: string, value: string | null, { soon = false }: { soon?: boolean } = {}): void {
  if (soon && readParam(name) === (value || null)) return;
  pending.set(name, value);
  if (!soon) {
    if (flushUrl()) notify();
    return;
  }
  if (flushTimer === undefined) {
    flushTimer = setTimeout(flushUrl, URL_WRITE_DELAY_MS);
    // A reader who leaves at once still leaves the right address in their history.
    window.addEventListener('pagehide', flushUrl, { once: true });
  }
  notify();
}

/** The raw value of a query parameter, and a setter (pass `{ soon: true }` to delay the address-bar update). */
export function useUrlParam(
  name: string,
  options?: { soon?: boolean },
): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribeToUrl,
    () => readParam(name),
    () => null,
  );
  const soon = options?.soon ?? false;
  const set = useCallback((next: string | null) => writeParam(name, next, { soon }), [name, soon]);
  return [value, set];
}
