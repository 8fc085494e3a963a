/** What a money chart names besides its picture: the sources behind its facts, as ids and as one line, and its files. */
import type { Fact, MoneyFile, Source } from '../../data/schemas';
import { PUNCTUATION } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { rankedCoppaPenalties } from './ranking';
import { breakdownSeries } from './series';

type Facts = ReadonlyMap<string, Fact>;

/** The source ids behind a set of facts, in order, without repeats. */
export function sourcesOfFacts(facts: Facts, ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => facts.get(id)?.sourceIds ?? []))];
}

export type ChartId = 'breakdown' | 'time' | 'coppa' | 'ceiling';

/** The documents each penalty chart's figures come from: one list for the page's charts and their pictures. */
export function chartSourceIds(id: ChartId, money: MoneyFile, facts: Facts): string[] {
  const { financials, ceiling } = money;
  if (id === 'breakdown') {
    const series = breakdownSeries(money, facts);
    return [
      ...new Set([...series.rows.flatMap((row) => row.sourceIds), ...sourcesOfFacts(facts, [series.totalFactId])]),
    ];
  }
  if (id === 'time')
    return sourcesOfFacts(facts, [
      financials.netSalesFactId,
      financials.netIncomeFactId,
      financials.priorNetIncomeFactId,
      ...money.payments.map((payment) => payment.amountFactId),
    ]);
  if (id === 'coppa')
    return sourcesOfFacts(
      facts,
      rankedCoppaPenalties(money, facts).flatMap((row) => [row.amountFactId, row.dateFactId]),
    );
  return sourcesOfFacts(facts, [ceiling.perViolationFactId, ceiling.countFactId, ceiling.actualFactId]);
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
  const { comma, list, title: marks } = PUNCTUATION[locale];
  return ids
    .flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      const own = source.translations?.[locale];
      const title = own?.title ?? source.title;
      const parts = [own?.outlet ?? source.outlet, title && `${marks[0]}${title}${marks[1]}`];
      return [[...parts, source.date ? formatDate(source.date) : undefined].filter(Boolean).join(comma)];
    })
    .join(list);
}

/** File names that say what they are: `amazon-2023-settlements-breakdown`. */
export function fileBase(year: number, what: string): string {
  return `amazon-${year}-${what}`;
}
