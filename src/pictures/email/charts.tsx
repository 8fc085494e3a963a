/**
 * One email picture per penalty chart: its title, its takeaway, the chart drawn for a 600 px column (bars.tsx,
 * or the ceiling's grid of squares), its sources, and the footer. The words come from the section's own chart
 * (drawings.tsx, chartDrawing), so the picture says what the page says; the bars are the rows the section's
 * charts draw (their own row functions), in the state the page first shows (sales, not income; the "two days"
 * claim not added).
 */
import type { ComponentType, ReactElement } from 'react';
import type { BarInput } from '../../charts/bar-layout';
import type { SectionData } from '../../data/model';
import { readerNames } from '../../data/source-names';
import type { CopyApi } from '../../data/text';
import { BreakdownChart, breakdownRows } from '../../features/penalties/breakdown-chart';
import { CeilingChart } from '../../features/penalties/ceiling-chart';
import { CoppaChart, coppaRows } from '../../features/penalties/coppa-chart';
import { chartSourceIds, type ChartId } from '../../features/penalties/figure-sources';
import { rankedCoppaPenalties } from '../../features/penalties/ranking';
import { breakdownSeries, ceilingSeries, gridPath, timeToEarnSeries } from '../../features/penalties/series';
import { TimeChart, timeRows } from '../../features/penalties/time-chart';
import { formatMoney, formatMoneyShort, labelled, listJoin } from '../../lib/format';
import { SECTIONS } from '../../lib/ui-strings';
import { chartDrawing } from '../drawings';
import type { Edition } from '../edition';
import { classColour, PALETTE } from '../palette';
import { barsElement, type EmailBar } from './bars';
import { column, emailPicture, INNER, text, TYPE, VIEW_COLOUR, type EmailPicture } from './frame';

type Rows = (data: SectionData, text: CopyApi) => BarInput[];

/** Each chart, and the rows it draws as bars (the ceiling draws a grid of squares instead). */
const CHARTS: Record<ChartId, [ComponentType, Rows | null]> = {
  breakdown: [BreakdownChart, (data, copy) => breakdownRows(breakdownSeries(data.money!, data.facts), copy)],
  time: [TimeChart, (data, copy) => timeRows(timeToEarnSeries(data.money!, data.facts), copy, 'sales', false)],
  coppa: [CoppaChart, (data, copy) => coppaRows(rankedCoppaPenalties(data.money!, data.facts, copy.locale), copy)],
  ceiling: [CeilingChart, null],
};

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

/** The ceiling as a unit chart, as the section draws it: each square the size of the actual penalty. */
function ceilingGrid(edition: Edition): { element: ReactElement; described: string[] } {
  const { t, locale } = edition.text;
  const series = ceilingSeries(edition.money.money!, edition.money.facts);
  const squares = Math.max(1, Math.round(series.times));
  const columns = squares > 1200 ? 100 : 60;
  const step = INNER / columns;
  const size = step - 2;
  const height = Math.ceil(Math.ceil(squares / columns) * step);
  // The section's own grid (series.ts, gridPath), its first square left for the actual penalty's colour.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${INNER}" height="${height}" viewBox="0 0 ${INNER} ${height}">` +
    `<path d="${gridPath(squares, columns, size, 2, 1)}" fill="${PALETTE.muted}"/>` +
    `<rect width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${PALETTE.alexa}"/></svg>`;
  const actual = t('penalties.ceilingChart.actual', { amount: formatMoney(series.actual, locale) });
  const ceiling = t('penalties.ceilingChart.ceilingLegend', {
    amount: formatMoneyShort(series.ceiling, locale, { approximate: true }),
  });
  const key = (colour: string, words: string) => (
    <div style={{ display: 'flex', alignItems: 'center', marginTop: 6 }}>
      <div style={{ display: 'flex', width: 28, height: 28, background: colour, marginRight: 14 }} />
      {text(words, TYPE.label)}
    </div>
  );
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return {
    element: (
      <div style={column}>
        {key(PALETTE.alexa, actual)}
        {key(PALETTE.muted, ceiling)}
        <img alt="" src={src} width={INNER} height={height} style={{ marginTop: 16 }} />
      </div>
    ),
    described: [actual, ceiling],
  };
}

/** The chart itself, and what its alt text lists. */
function chartBody(edition: Edition, rows: Rows | null): { element: ReactElement; described: string[] } {
  if (!rows) return ceilingGrid(edition);
  const bars = emailBars(rows(edition.money, edition.text));
  return {
    element: barsElement(bars, bars.length > 4 ? 'side' : 'stacked'),
    described: bars.map((bar) => labelled(bar.label, bar.valueLabel, edition.locale)),
  };
}

/** `Sources: U.S. Department of Justice; Fortune; …`: who published each document, once each, in one line. */
function sourceOutlets({ money, text: copy }: Edition, id: ChartId): string {
  const names = chartSourceIds(id, money.money!, money.facts).flatMap((sourceId) => {
    const source = money.sources.get(sourceId);
    const name = source && readerNames(source, copy.locale).outlet;
    return name ? [name] : [];
  });
  return labelled(copy.t('charts.sourcesPrefix'), listJoin([...new Set(names)], copy.locale), copy.locale);
}

export function chartPictures(edition: Edition): EmailPicture[] {
  const section = SECTIONS.penalties.title[edition.locale];
  return (Object.keys(CHARTS) as ChartId[]).map((name) => {
    const [Chart, rows] = CHARTS[name];
    const drawing = chartDrawing(edition.money, name, Chart);
    const chart = chartBody(edition, rows);
    const body = (
      <div style={column}>
        {text(section, TYPE.label, { fontWeight: 700, color: PALETTE.muted })}
        {text(drawing.title, TYPE.title, { fontWeight: 700, lineHeight: 1.2, marginTop: 8 })}
        {drawing.label
          ? text(drawing.label, TYPE.label, { fontWeight: 700, color: PALETTE.warn, marginTop: 12 })
          : null}
        {text(drawing.takeaway, TYPE.body, { marginTop: 16 })}
        <div style={{ ...column, marginTop: 12 }}>{chart.element}</div>
        {/* The ceiling's notes say what a square is: the grid cannot be read without them. */}
        {rows ? [] : drawing.notes.map((note) => text(note, TYPE.small, { marginTop: 12 }))}
        {text(sourceOutlets(edition, name), TYPE.small, { color: PALETTE.muted, marginTop: 24 })}
      </div>
    );
    const alt = [drawing.title, drawing.label ?? '', drawing.takeaway, listJoin(chart.described, edition.locale)];
    return emailPicture(edition, `penalties.chart-${name}`, VIEW_COLOUR.penalties, body, alt);
  });
}
