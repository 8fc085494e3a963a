import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * False during prerendering and during hydration, true after. Pictures that need inline style (transforms
 * set from state) render only on the client, in a box reserved ahead of time, so the prerendered HTML has no
 * style attributes (a strict CSP blocks them) and the layout does not shift when they appear.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
