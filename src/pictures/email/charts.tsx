/**
 * One email picture per penalty chart: its title, its takeaway, the chart drawn for a 600 px column (bars.tsx,
 * or the ceiling's grid of squares), its sources, and the footer. The words come from the section's own chart
 * (drawings.ts, chartDrawing), so the picture says what the page says.
 */
import type { ReactElement } from 'react';
import { labelled, listJoin } from '../../lib/format';
import { SECTIONS } from '../../lib/ui-strings';
import { sentences, VIEW_COLOUR } from '../card';
import { CHARTS, chartDrawing } from '../drawings';
import type { Edition } from '../edition';
import { PALETTE } from '../palette';
import { barsElement, type EmailBar } from './bars';
import type { ChartId } from '../../features/penalties/figure-sources';
import { breakdownBars, ceilingGrid, coppaBars, sourceOutlets, timeBars } from './chart-data';
import type { EmailContext } from './context';
import { column, emailFrame, text } from './frame';
import type { EmailPicture } from './picture';
import { INNER, TYPE } from './type';

const BARS: Record<Exclude<ChartId, 'ceiling'>, (edition: Edition) => EmailBar[]> = {
  breakdown: (edition) => breakdownBars(edition.money, edition.text),
  time: (edition) => timeBars(edition.money, edition.text),
  coppa: (edition) => coppaBars(edition.money, edition.text),
};

/** The chart itself, and what its alt text lists. */
function chartBody(edition: Edition, id: ChartId): { element: ReactElement; described: string[] } {
  const lang = edition.locale;
  if (id !== 'ceiling') {
    const bars = BARS[id](edition);
    return {
      element: barsElement(bars, bars.length > 4 ? 'side' : 'stacked'),
      described: bars.map((bar) => labelled(bar.label, bar.valueLabel, lang)),
    };
  }
  const grid = ceilingGrid(edition.money, edition.text, INNER);
  const key = (colour: string, words: string) => (
    <div style={{ display: 'flex', alignItems: 'center', marginTop: 6 }}>
      <div style={{ display: 'flex', width: 28, height: 28, background: colour, marginRight: 14 }} />
      {text(words, TYPE.label)}
    </div>
  );
  return {
    element: (
      <div style={column}>
        {key(PALETTE.alexa, grid.actual)}
        {key(PALETTE.muted, grid.ceiling)}
        <img alt="" src={grid.src} width={grid.width} height={grid.height} style={{ marginTop: 16 }} />
      </div>
    ),
    described: [grid.actual, grid.ceiling],
  };
}

export function chartPictures(context: EmailContext): EmailPicture[] {
  const { edition, locale } = context;
  const section = SECTIONS.penalties.title[locale];
  return CHARTS.map(([name, Chart]) => {
    const drawing = chartDrawing(edition.money, name, Chart);
    const chart = chartBody(edition, name as ChartId);
    // The ceiling's notes say what a square is: the grid cannot be read without them.
    const notes = name === 'ceiling' ? drawing.notes : [];
    const body = (
      <div style={column}>
        {text(section, TYPE.label, { fontWeight: 700, color: PALETTE.muted })}
        {text(drawing.title, TYPE.title, { fontWeight: 700, lineHeight: 1.2, marginTop: 8 })}
        {drawing.label
          ? text(drawing.label, TYPE.label, { fontWeight: 700, color: PALETTE.warn, marginTop: 12 })
          : null}
        {text(drawing.takeaway, TYPE.body, { marginTop: 16 })}
        <div style={{ ...column, marginTop: 12 }}>{chart.element}</div>
        {notes.map((note) => text(note, TYPE.small, { marginTop: 12 }))}
        {text(sourceOutlets(edition.money, edition.text, name as ChartId), TYPE.small, {
          color: PALETTE.muted,
          marginTop: 24,
        })}
      </div>
    );
    return {
      key: `penalties.chart-${name}`,
      locale,
      element: emailFrame(context, VIEW_COLOUR.penalties, body),
      alt: sentences([drawing.title, drawing.label ?? '', drawing.takeaway, listJoin(chart.described, locale)], locale),
    };
  });
}
