import { SectionProvider, useMoneyData } from '../../content/section';
import { PenaltiesBody } from './penalties-body';

/** The money, in proportion. Its own chunk with the charts and d3 (src/app/section-registry.ts), off the top of the page. */
export function PenaltiesSection() {
  return (
    <SectionProvider data={useMoneyData()}>
      <PenaltiesBody />
    </SectionProvider>
  );
}
