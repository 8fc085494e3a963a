/**
 * Section state in the page's query string (`?alexa-step=3&source=clubic-2023-06-02`), so a shared link
 * reopens the same view. Writes use replaceState (no history spam); the hash (#section) is kept.
 */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Subscribe to changes of the page's address made here or by back/forward navigation. */
export function subscribeToUrl(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

export function readParam(name: string, search: string = window.location.search): string | null {
  return new URLSearchParams(search).get(name);
}

/** Set (or with null, remove) one query parameter and tell every subscriber. */
export function writeParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null || value === '') url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== window.location.href) {
    window.history.replaceState(window.history.state, '', url);
    notify();
  }
}

/** The raw value of a query parameter, and a setter. */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribeToUrl,
    () => readParam(name),
    () => null,
  );
  const set = useCallback((next: string | null) => writeParam(name, next), [name]);
  return [value, set];
}
