import type { ComponentType } from 'react';
import { lazyOnce } from '../lib/lazy-once';
import type { SectionData } from './model';
import { SectionProvider } from './text';

/**
 * A section whose body lives in its own chunk: the chunk starts loading when the section mounts, alongside the
 * section's data, the section's loading state covers both, and the body reads the checked data from context.
 */
export function lazySection<M>(useData: () => SectionData, load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Body = lazyOnce(load, pick);
  return function Section() {
    void Body.preload();
    return (
      <SectionProvider data={useData()}>
        <Body.Component />
      </SectionProvider>
    );
  };
}
