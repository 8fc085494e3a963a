import { createElement, lazy, type ComponentType } from 'react';

/** A section's code could not be downloaded (a flaky network, or a tab left open across a new version). */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/**
 * A component in its own chunk, fetched once: `preload()` starts the download early (for instance when its
 * section mounts, alongside the section's data), and `Component` renders it under the nearest Suspense.
 *
 * A failed download is not remembered: React keeps a rejected `lazy()` for good, so after a failure the next
 * render (the section's Retry) gets a fresh one, which asks again. The error is a ChunkLoadError, so the
 * section's alert can say what happened and offer to reload the page.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props pass through untouched, whatever they are
export function lazyOnce<M, P extends Record<string, any> = object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  let pending: Promise<M> | undefined;
  const preload = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  const fresh = () =>
    lazy(() =>
      preload().then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          Lazy = fresh();
          throw new ChunkLoadError(error);
        },
      ),
    );
  let Lazy = fresh();
  function Component(props: P) {
    return createElement(Lazy, props);
  }
  return { preload, Component };
}
