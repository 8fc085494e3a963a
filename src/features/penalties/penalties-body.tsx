import type { ComponentType } from 'react';
import { Fold } from '../../components/fold';
import { useFacts, useMoneyFile, useCopy } from '../../content/section';
import { SourceList } from '../../content/source-list';
import { BreakdownChart } from './breakdown-chart';
import { CeilingChart } from './ceiling-chart';
import { CoppaChart } from './coppa-chart';
import { TimeChart } from './time-chart';
import { sourcesOfFacts } from './figure-sources';
import { formatIsoDate } from '../../lib/format';
import { useEmbeddedPart } from '../../lib/surface';

/** Each chart an embed can show alone, by its part's name in the section registry (`chart-time`). */
const CHART_PARTS: Record<string, ComponentType> = {
  'chart-breakdown': BreakdownChart,
  'chart-time': TimeChart,
  'chart-coppa': CoppaChart,
  'chart-ceiling': CeilingChart,
};

/** The section's text and its four charts (with penalties-section.tsx, a chunk of its own). */
export function PenaltiesBody() {
  const part = useEmbeddedPart();
  const Chart = part && Object.hasOwn(CHART_PARTS, part) ? CHART_PARTS[part] : null;
  return Chart ? <Chart /> : <WholeBody />;
}

function WholeBody() {
  const { t, rich, richData, locale } = useCopy();
  const { financials, later } = useMoneyFile();
  const facts = useFacts();
  return (
    // Gaps, not space-y: a chart's figure resets its own margins (m-0), which would cancel space-y's margin below
    // it and glue the next heading to the figure's source line (review 3, problem 10).
    <div className="flex flex-col gap-10">
      <div className="max-w-prose space-y-3">
        <p className="text-lg">{rich('penalties.intro')}</p>
        <p className="font-semibold">{rich('penalties.total')}</p>
        <p>{rich('penalties.paidOut')}</p>
      </div>
      <BreakdownChart />

      <section aria-labelledby="context-title" className="flex flex-col gap-4">
        <h3 id="context-title" className="font-serif text-xl font-bold">
          {t('penalties.contextTitle')}
        </h3>
        <div className="max-w-prose space-y-3">
          <p>{rich('penalties.context')}</p>
          <p>{rich('penalties.twoDays')}</p>
          <SourceList
            ids={sourcesOfFacts(facts, [
              financials.netSalesFactId,
              financials.netIncomeFactId,
              financials.priorNetIncomeFactId,
            ])}
          />
        </div>
        {later.map((entry) => (
          <div key={entry.id} className="max-w-prose space-y-1">
            <p>{richData(`penalties.later.${entry.id}`)}</p>
            <SourceList ids={entry.sourceIds} className="text-sm text-muted" />
            <p className="text-xs text-muted">
              <time dateTime={entry.checked}>
                {t('penalties.laterChecked', { date: formatIsoDate(entry.checked, locale) })}
              </time>
            </p>
          </div>
        ))}
        <TimeChart />
        {/* Two more comparisons, one press away: other COPPA penalties, and the most the law allows. */}
        <Fold more={t('penalties.moreComparisons')} less={t('penalties.fewerComparisons')}>
          <div className="flex flex-col gap-4">
            <p className="max-w-prose">{rich('penalties.coppaIntro')}</p>
            <CoppaChart />
            <p className="max-w-prose">{rich('penalties.ceiling')}</p>
            <CeilingChart />
          </div>
        </Fold>
      </section>
    </div>
  );
}
