import { useSourcesData } from '../../data/hooks';
import { lazySection } from '../../data/lazy-section';

/** "What the articles said". The viewer and the matrix live in their own chunk, off the top of the page. */
export const SourcesSection = lazySection(
  useSourcesData,
  () => import('./sources-body'),
  (module) => module.SourcesBody,
);
