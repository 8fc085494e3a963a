import { lazy } from 'react';
import { useSourcesData } from '../../data/hooks';
import { SectionProvider } from '../../data/text';

/**
 * "What the articles said". The viewer and the matrix live in their own chunk, off the top of the page:
 * loading starts when the section mounts, alongside its data, and the section's loading state covers both.
 */
const importBody = () => import('./sources-body');
let pending: ReturnType<typeof importBody> | undefined;
const loadBody = () => (pending ??= importBody());
const SourcesBody = lazy(() => loadBody().then((module) => ({ default: module.SourcesBody })));

export function SourcesSection() {
  void loadBody();
  const data = useSourcesData();
  return (
    <SectionProvider data={data}>
      <SourcesBody />
    </SectionProvider>
  );
}
