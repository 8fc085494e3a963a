import { lazy } from 'react';
import { useMoneyData } from '../../data/hooks';
import { SectionProvider } from '../../data/text';

/**
 * The charts and d3 live in their own chunk, so they do not weigh on the top of the page. Loading starts
 * when the section mounts, alongside its data, and the section's loading state covers both.
 */
const importBody = () => import('./penalties-body');
let pending: ReturnType<typeof importBody> | undefined;
const loadBody = () => (pending ??= importBody());
const PenaltiesBody = lazy(() => loadBody().then((module) => ({ default: module.PenaltiesBody })));

export function PenaltiesSection() {
  void loadBody();
  const data = useMoneyData();
  return (
    <SectionProvider data={data}>
      <PenaltiesBody />
    </SectionProvider>
  );
}
