import { useMoneyData } from '../../data/hooks';
import { lazySection } from '../../data/lazy-section';

/** The money, in proportion. The charts and d3 live in their own chunk, off the top of the page. */
export const PenaltiesSection = lazySection(
  useMoneyData,
  () => import('./penalties-body'),
  (module) => module.PenaltiesBody,
);
