import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: no-preference)';

let media: MediaQueryList | null | undefined;

/** One MediaQueryList for the page (React reads the snapshot on every render; matchMedia is not free). */
function query(): MediaQueryList | null {
  if (media === undefined) media = typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
  return media;
}

function subscribe(listener: () => void): () => void {
  const list = query();
  if (!list) return () => {};
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

/**
 * True unless the reader's system has said motion is fine: "reduce" is the default until known
 * (on the server, and where matchMedia is missing). The one switch every JS animation reads.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !(query()?.matches ?? false),
    () => true,
  );
}
