/**
 * What each penalty chart shows, for its email picture: the rows the section's charts draw (their own row
 * functions), in the state the page first shows (sales, not income; the "two days" claim not added).
 */
import type { SectionData } from '../../data/model';
import { chartSourceIds, type ChartId } from '../../features/penalties/figure-sources';
import { rankedCoppaPenalties } from '../../features/penalties/ranking';
import type { BarInput } from '../../charts/bar-layout';
import { breakdownRows } from '../../features/penalties/breakdown-chart';
import { coppaRows } from '../../features/penalties/coppa-chart';
import { breakdownSeries, ceilingSeries, gridPath, timeToEarnSeries } from '../../features/penalties/series';
import { timeRows } from '../../features/penalties/time-chart';
import { formatMoney, formatMoneyShort, labelled, listJoin } from '../../lib/format';
import type { CopyApi } from '../../data/text';
import { readerNames } from '../../data/source-names';
import { classColour, PALETTE } from '../palette';
import type { EmailBar } from './bars';

/** A row of the page's chart as an email bar: its first line the label, its second the detail, its class's colour. */
function emailBars(rows: readonly BarInput[]): EmailBar[] {
  return rows.flatMap((row) => {
    if (row.value === null) return [];
    const [label = '', detail] = row.lines;
    const colour = classColour(row.fill)?.colour ?? PALETTE.muted;
    return [
      { label, ...(detail && { detail }), value: row.value, valueLabel: row.valueLabel, colour, atLeast: row.atLeast },
    ];
  });
}

/** The payments, and what was paid out of Ring's, on one scale. */
export const breakdownBars = (data: SectionData, text: CopyApi) =>
  emailBars(breakdownRows(breakdownSeries(data.money!, data.facts), text));

/** Minutes of Amazon's sales each sum took, and both together (the claim not drawn). */
export const timeBars = (data: SectionData, text: CopyApi) =>
  emailBars(timeRows(timeToEarnSeries(data.money!, data.facts), text, 'sales', false));

/** The large COPPA penalties, ranked; Amazon's in the Alexa colour. */
export const coppaBars = (data: SectionData, text: CopyApi) =>
  emailBars(coppaRows(rankedCoppaPenalties(data.money!, data.facts, text.locale), text));

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
  const height = Math.ceil(Math.ceil(squares / columns) * step);
  // The section's own grid (series.ts, gridPath), its first square left for the actual penalty's colour.
  const path = gridPath(squares, columns, size, 2, 1);
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

/** `Sources: U.S. Department of Justice; Fortune; …`: who published each document, once each, in one line. */
export function sourceOutlets(data: SectionData, text: CopyApi, id: ChartId): string {
  const names = chartSourceIds(id, data.money!, data.facts).flatMap((sourceId) => {
    const source = data.sources.get(sourceId);
    const name = source && readerNames(source, text.locale).outlet;
    return name ? [name] : [];
  });
  return labelled(text.t('charts.sourcesPrefix'), listJoin([...new Set(names)], text.locale), text.locale);
}
