/**
 * One email picture per penalty chart: its title, its takeaway, the chart drawn for a 600 px column (bars.tsx,
 * or the ceiling's grid of squares), its sources, and the footer. The words and the bars come from the section's
 * own functions (each chart's words and rows), so the picture says what the page says, in the state the page first
 * shows (sales, not income; the "two days" claim not added).
 */
import type { ReactElement } from 'react';
import type { BarInput } from '../../charts/bar-layout';
import type { SectionData } from '../../data/model';
import { readerNames } from '../../data/source-names';
import type { CopyApi } from '../../data/text';
import { breakdownRows, breakdownWords } from '../../features/penalties/breakdown-chart';
import { ceilingWords } from '../../features/penalties/ceiling-chart';
import { coppaRows, coppaWords } from '../../features/penalties/coppa-chart';
import { chartSourceIds, type ChartId } from '../../features/penalties/figure-sources';
import { rankedCoppaPenalties } from '../../features/penalties/ranking';
import {
  breakdownSeries,
  ceilingSeries,
  gridPath,
  timeToEarnSeries,
  type CeilingSeries,
} from '../../features/penalties/series';
import { timeRows, timeWords } from '../../features/penalties/time-chart';
import { labelled, listJoin } from '../../lib/format';
import type { Locale } from '../../lib/locales';
import { SECTIONS } from '../../lib/ui-strings';
import type { Edition } from '../edition';
import { classColour, PALETTE } from '../palette';
import { barsElement, type EmailBar } from './bars';
import { column, emailPicture, INNER, text, TYPE, VIEW_COLOUR, type EmailPicture } from './frame';

/** The chart itself, and what its alt text lists. */
type Drawn = { element: ReactElement; described: string[] };
type ChartWords = { title: string; takeaway: string; label?: string; key?: string };

/** Each chart's words and its drawing: bars of the rows it draws, or the ceiling's grid of squares. */
const CHARTS: Record<ChartId, (data: SectionData, copy: CopyApi) => { words: ChartWords; chart: Drawn }> = {
  breakdown: (data, copy) => ({
    words: breakdownWords(copy),
    chart: bars(breakdownRows(breakdownSeries(data.money!, data.facts), copy), copy.locale),
  }),
  time: (data, copy) => ({
    words: timeWords(copy, 'sales'),
    chart: bars(timeRows(timeToEarnSeries(data.money!, data.facts), copy, 'sales', false), copy.locale),
  }),
  coppa: (data, copy) => {
    const ranked = rankedCoppaPenalties(data.money!, data.facts, copy.locale);
    return { words: coppaWords(ranked, copy), chart: bars(coppaRows(ranked, copy), copy.locale) };
  },
  ceiling: (data, copy) => {
    const series = ceilingSeries(data.money!, data.facts);
    const words = ceilingWords(series, copy);
    return { words, chart: ceilingGrid(series, words) };
  },
};

/** The page's rows as email bars: each row's first line the label, its second the detail, its class's colour. */
function bars(rows: readonly BarInput[], locale: Locale): Drawn {
  const drawn = rows.flatMap((row): EmailBar[] => {
    if (row.value === null) return [];
    const [label = '', detail] = row.lines;
    const colour = classColour(row.fill)?.colour ?? PALETTE.muted;
    return [
      { label, ...(detail && { detail }), value: row.value, valueLabel: row.valueLabel, colour, atLeast: row.atLeast },
    ];
  });
  return {
    element: barsElement(drawn, drawn.length > 4 ? 'side' : 'stacked'),
    described: drawn.map((bar) => labelled(bar.label, bar.valueLabel, locale)),
  };
}

/** The ceiling as a unit chart, as the section draws it: each square the size of the actual penalty. */
function ceilingGrid(series: CeilingSeries, { actual, legend }: ReturnType<typeof ceilingWords>): Drawn {
  const { squares } = series;
  const columns = squares > 1200 ? 100 : 60;
  const step = INNER / columns;
  const size = step - 2;
  const height = Math.ceil(Math.ceil(squares / columns) * step);
  // The section's own grid (series.ts, gridPath), its first square left for the actual penalty's colour.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${INNER}" height="${height}" viewBox="0 0 ${INNER} ${height}">` +
    `<path d="${gridPath(squares, columns, size, 2, 1)}" fill="${PALETTE.muted}"/>` +
    `<rect width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${PALETTE.alexa}"/></svg>`;
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
        {key(PALETTE.muted, legend)}
        <img alt="" src={src} width={INNER} height={height} style={{ marginTop: 16 }} />
      </div>
    ),
    described: [actual, legend],
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
    const { words, chart } = CHARTS[name](edition.money, edition.text);
    const body = (
      <div style={column}>
        {text(section, TYPE.label, { fontWeight: 700, color: PALETTE.muted })}
        {text(words.title, TYPE.title, { fontWeight: 700, lineHeight: 1.2, marginTop: 8 })}
        {words.label ? text(words.label, TYPE.label, { fontWeight: 700, color: PALETTE.warn, marginTop: 12 }) : null}
        {text(words.takeaway, TYPE.body, { marginTop: 16 })}
        <div style={{ ...column, marginTop: 12 }}>{chart.element}</div>
        {/* The ceiling's key says what a square is: the grid cannot be read without it. */}
        {words.key ? text(words.key, TYPE.small, { marginTop: 12 }) : null}
        {text(sourceOutlets(edition, name), TYPE.small, { color: PALETTE.muted, marginTop: 24 })}
      </div>
    );
    const alt = [words.title, words.label ?? '', words.takeaway, listJoin(chart.described, edition.locale)];
    return emailPicture(edition, `penalties.chart-${name}`, VIEW_COLOUR.penalties, body, alt);
  });
}
