import { createElement, lazy, type ComponentType } from 'react';

/**
 * A section's code could not be downloaded (a flaky network, or a tab left open across a new version).
 * `retry()` lets the next render ask for it again: the section's Retry calls it (SectionBoundary).
 */
export class ChunkLoadError extends Error {
  readonly retry: () => void;

  constructor(cause: unknown, retry: () => void) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
    this.retry = retry;
  }
}

/**
 * A component in its own chunk, fetched once: `preload()` starts the download early (for instance when its
 * section mounts, alongside the section's data), and `Component` renders it under the nearest Suspense.
 *
 * A failed download is kept until the reader asks again: the component throws the same ChunkLoadError at every
 * render, so the section's alert shows (what happened, and a reload), until its Retry calls the error's
 * `retry()`, which gives the next render a fresh `lazy()` (React keeps a rejected one for good) that downloads
 * again. Making the fresh one as soon as the download failed meant the render React does next met a new lazy,
 * which downloaded and suspended again: the boundary never saw the error, and a missing chunk was asked for
 * dozens of times a second for as long as the tab stayed open. `preload()` keeps a failure too, so a section that
 * preloads at each render asks once, however many renders come before its alert; `retry()` forgets it (the Embed
 * dialog calls it as it opens, so an early download that failed offline is tried again then).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props pass through untouched, whatever they are
export function lazyOnce<M, P extends Record<string, any> = object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  let pending: Promise<M> | undefined;
  let failed = false;
  const preload = () => {
    if (pending) return pending;
    const started = load();
    pending = started;
    // Handled here, so that a `void preload()` that fails is not also an unhandled rejection.
    started.catch(() => {
      if (pending === started) failed = true;
    });
    return started;
  };
  /** Forget a failed download: the next preload or render asks again (nothing happens if none failed). */
  const retry = () => {
    if (!failed) return;
    failed = false;
    pending = undefined;
    Lazy = fresh();
  };
  const fresh = () =>
    lazy(() =>
      preload().then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          throw new ChunkLoadError(error, retry);
        },
      ),
    );
  let Lazy = fresh();
  function Component(props: P) {
    return createElement(Lazy, props);
  }
  return { preload, retry, Component };
}
