/**
 * What each penalty chart shows, for its email picture: the same series the section's charts build
 * (src/features/penalties/series.ts, ranking.ts) with the same copy, in the state the page first shows (sales, not income;
 * the "two days" claim not added; a linear scale).
 */
import type { SectionData } from '../../data/model';
import { sourcesOfFacts } from '../../features/penalties/figure-sources';
import { rankedCoppaPenalties } from '../../features/penalties/ranking';
import { breakdownSeries, ceilingSeries, formatTime, timeToEarnSeries } from '../../features/penalties/series';
import { formatCount, formatIsoDate, formatMoney, formatMoneyShort, labelled, listJoin } from '../../lib/format';
import type { CopyApi } from '../../data/text';
import { PALETTE } from '../palette';
import type { EmailBar } from './bars';

export type ChartId = 'breakdown' | 'time' | 'coppa' | 'ceiling';

const caseName = (text: CopyApi, caseId: string | undefined) =>
  text.t(caseId === 'ring' ? 'common.caseRing' : 'common.caseAlexa');

/** The payments, and what was paid out of Ring's, on one scale. */
export function breakdownBars(data: SectionData, text: CopyApi): EmailBar[] {
  const { t, locale } = text;
  return breakdownSeries(data.money!, data.facts).rows.map((row) => {
    const payment = row.type === 'payment';
    const atLeast = (amount: string) => (row.atLeast ? t('penalties.breakdown.moreThan', { amount }) : amount);
    return {
      label: payment
        ? t('penalties.breakdown.rowLabel', {
            case: caseName(text, row.case),
            kind: t(`penalties.breakdown.kind.${row.kind}`),
          })
        : t('penalties.breakdown.paidOutLabel', { date: formatIsoDate(row.date ?? '', locale) }),
      detail: payment
        ? t(`penalties.recipient.${row.recipient}`)
        : t('penalties.breakdown.paidOutTo', { people: formatCount(row.people ?? 0, locale) }),
      value: row.amount,
      valueLabel: atLeast(formatMoneyShort(row.amount, locale)),
      colour: PALETTE[row.case === 'ring' ? 'ring' : 'alexa'],
      atLeast: row.atLeast,
    };
  });
}

/** Minutes of Amazon's sales each sum took, and both together. */
export function timeBars(data: SectionData, text: CopyApi): EmailBar[] {
  const { t, locale } = text;
  return timeToEarnSeries(data.money!, data.facts).rows.map((row) => ({
    label:
      row.type === 'total'
        ? t('penalties.time.rowTotal', { amount: formatMoney(row.amount, locale) })
        : t('penalties.time.rowPayment', { case: caseName(text, row.case), amount: formatMoney(row.amount, locale) }),
    value: row.minutes,
    valueLabel: formatTime(row.minutes, 'sales', locale),
    colour: row.type === 'total' ? PALETTE.muted : PALETTE[row.case === 'ring' ? 'ring' : 'alexa'],
  }));
}

/** The large COPPA penalties, ranked; Amazon's in the Alexa colour. */
export function coppaBars(data: SectionData, text: CopyApi): EmailBar[] {
  return rankedCoppaPenalties(data.money!, data.facts, text.locale).map((row) => ({
    label: row.company,
    value: row.amount,
    valueLabel: formatMoneyShort(row.amount, text.locale),
    colour: row.highlight ? PALETTE.alexa : PALETTE.muted,
  }));
}

export interface CeilingGrid {
  /** The grid as an SVG data address: one square per actual penalty, the first in the Alexa colour. */
  src: string;
  width: number;
  height: number;
  actual: string;
  ceiling: string;
}

/** The ceiling as a unit chart, as the section draws it: each square the size of the actual penalty. */
export function ceilingGrid(data: SectionData, text: CopyApi, width: number): CeilingGrid {
  const { t, locale } = text;
  const series = ceilingSeries(data.money!, data.facts);
  const squares = Math.max(1, Math.round(series.times));
  const columns = squares > 1200 ? 100 : 60;
  const step = width / columns;
  const size = step - 2;
  const rows = Math.ceil(squares / columns);
  const height = Math.ceil(rows * step);
  let path = '';
  for (let index = 1; index < squares; index += 1) {
    const x = (index % columns) * step;
    const y = Math.floor(index / columns) * step;
    path += `M${x.toFixed(1)} ${y.toFixed(1)}h${size.toFixed(1)}v${size.toFixed(1)}h-${size.toFixed(1)}z`;
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<path d="${path}" fill="${PALETTE.muted}"/>` +
    `<rect width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${PALETTE.alexa}"/></svg>`;
  return {
    src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    width,
    height,
    actual: t('penalties.ceilingChart.actual', { amount: formatMoney(series.actual, locale) }),
    ceiling: t('penalties.ceilingChart.ceilingLegend', {
      amount: formatMoneyShort(series.ceiling, locale, { approximate: true }),
    }),
  };
}

/** The documents each chart's figures come from, as the section's charts list them. */
export function chartSourceIds(data: SectionData, id: ChartId): string[] {
  const money = data.money!;
  const { facts } = data;
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

/** `Sources: U.S. Department of Justice; Fortune; …`: who published each document, once each, in one line. */
export function sourceOutlets(data: SectionData, text: CopyApi, id: ChartId): string {
  const names = chartSourceIds(data, id).flatMap((sourceId) => {
    const source = data.sources.get(sourceId);
    const name = source?.translations?.[text.locale]?.outlet ?? source?.outlet;
    return name ? [name] : [];
  });
  return labelled(text.t('charts.sourcesPrefix'), listJoin([...new Set(names)], text.locale), text.locale);
}
