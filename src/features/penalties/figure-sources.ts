/** What a money chart names besides its picture: the sources behind its facts, as ids and as one line, and its files. */
import type { Fact, MoneyFile, Source } from '../../data/schemas';
import { citation } from '../../data/source-names';
import { PUNCTUATION } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { rankedCoppaPenalties, type RankedPenalty } from './ranking';
import { breakdownSeries, type Breakdown } from './series';

type Facts = ReadonlyMap<string, Fact>;

/** The source ids behind a set of facts, in order, without repeats. */
export function sourcesOfFacts(facts: Facts, ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => facts.get(id)?.sourceIds ?? []))];
}

export type ChartId = 'breakdown' | 'time' | 'coppa' | 'ceiling';

/** The documents behind each penalty chart's figures, from what the chart draws: the page's chart and its picture. */
export const SOURCE_IDS = {
  breakdown: (series: Breakdown, facts: Facts) => [
    ...new Set([...series.rows.flatMap((row) => row.sourceIds), ...sourcesOfFacts(facts, [series.totalFactId])]),
  ],
  time: ({ financials, payments }: MoneyFile, facts: Facts) =>
    sourcesOfFacts(facts, [
      financials.netSalesFactId,
      financials.netIncomeFactId,
      financials.priorNetIncomeFactId,
      ...payments.map((payment) => payment.amountFactId),
    ]),
  coppa: (ranked: readonly RankedPenalty[], facts: Facts) =>
    sourcesOfFacts(
      facts,
      ranked.flatMap((row) => [row.amountFactId, row.dateFactId]),
    ),
  ceiling: ({ ceiling }: MoneyFile, facts: Facts) =>
    sourcesOfFacts(facts, [ceiling.perViolationFactId, ceiling.countFactId, ceiling.actualFactId]),
};

/** A chart's sources from the money file alone (the email pictures, which draw no series of their own). */
export function chartSourceIds(id: ChartId, money: MoneyFile, facts: Facts): string[] {
  if (id === 'breakdown') return SOURCE_IDS.breakdown(breakdownSeries(money, facts), facts);
  if (id === 'coppa') return SOURCE_IDS.coppa(rankedCoppaPenalties(money, facts), facts);
  return SOURCE_IDS[id](money, facts);
}

/**
 * Sources as one line of plain text (for exported images): outlet, title, date, in the edition's words where we
 * translated them (titles in 《》 in Chinese) and punctuated as it writes.
 */
export function sourceLine(
  ids: readonly string[],
  sources: ReadonlyMap<string, Source>,
  formatDate: (iso: string) => string,
  locale: Locale = 'en',
): string {
  const { comma, list } = PUNCTUATION[locale];
  return ids
    .flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      return [
        [citation(source, locale), source.date ? formatDate(source.date) : undefined].filter(Boolean).join(comma),
      ];
    })
    .join(list);
}

/** File names that say what they are: `amazon-2023-settlements-breakdown`. */
export function fileBase(year: number, what: string): string {
  return `amazon-${year}-${what}`;
}
