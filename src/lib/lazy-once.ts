import { lazy, type ComponentType } from 'react';

/**
 * A component in its own chunk, fetched once: `preload()` starts the download early (for instance when its
 * section mounts, alongside the section's data), and `Component` renders it under the nearest Suspense.
 */
export function lazyOnce<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let pending: Promise<M> | undefined;
  const preload = () => (pending ??= load());
  return { preload, Component: lazy(() => preload().then((module) => ({ default: pick(module) }))) };
}
