/**
 * The one bar-chart model: rows in, positions out: a band per row, and d3-array's linear or log value scale's
 * bounds and ticks (ticks.ts); the components in bar-chart.tsx draw what this returns, and the figure takes its
 * data table and CSV rows from it, so the picture, the table and the file always hold the same rows.
 * Pure: unit-tested without React (tests/unit/charts.test.tsx).
 */
import { WIDE_CHAR } from '../lib/format';
import { tickValues, valueScale, type ScaleKind, type ValueScale } from './ticks';

export type CsvRecord = Record<string, string | number | null>;

export interface BarInput {
  id: string;
  /** The value drawn; null keeps the row out of the picture (it stays in the table and the CSV). */
  value: number | null;
  /** Text above the bar: a title, then details (smaller, muted). */
  lines: readonly string[];
  /** Short value text at the bar's end, e.g. `$25M`. */
  valueLabel: string;
  /** The mark's accessible name: the whole statement, in words. */
  name: string;
  /** The tooltip, line by line (the first in bold). */
  tip: readonly string[];
  /** Fill class, e.g. `fill-alexa`. */
  fill: string;
  /** The row the chart is about: its title is bolder than the others'. */
  highlight?: boolean;
  /** The value is a minimum ("more than …"): the bar is drawn lighter and thinner. */
  atLeast?: boolean;
  /** Data-table cells by column key; a row without cells is not in the table. */
  cells?: Readonly<Record<string, string>>;
  /** The row in the CSV file; a row without one is not in it. */
  record?: CsvRecord;
}

/** A reference line across the rows at one value (say a total), labelled above the plot. */
export interface RuleInput {
  id: string;
  value: number;
  label: string;
  record?: CsvRecord;
}

export interface BarChartInput {
  rows: readonly BarInput[];
  kind: ScaleKind;
  width: number;
  /** Tick label text. */
  format: (value: number) => string;
  /** The axis title (say what the scale is). */
  axisLabel?: string;
  rules?: readonly RuleInput[];
  /** Thinner bars closer together: a chart embedded alone in a blog post, where height is scarce. */
  dense?: boolean;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedBar {
  id: string;
  name: string;
  tip: readonly string[];
  fill: string;
  fillOpacity: number | undefined;
  /** The row's band (hover and tap target). */
  band: { y: number; height: number };
  /** Text lines above the bar, with their baselines. */
  lines: ReadonlyArray<{ text: string; y: number; fontSize: number; fontWeight: number; muted: boolean }>;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The value label: beside the bar, or inside its end when there is no room to its right. */
  label: { text: string; x: number; y: number; inside: boolean; opacity: number };
  /** Where the tooltip points. */
  tipAt: { x: number; y: number };
}

export interface PlacedTick {
  value: number;
  label: string;
  x: number;
  anchor: TextAnchor;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Where bars start: 0, or the bottom of a log scale's domain. */
  origin: number;
  scale: ValueScale;
  /** Top and bottom of the rows (and of the gridlines). */
  top: number;
  bottom: number;
  ticks: PlacedTick[];
  axisLabel: string | undefined;
  bars: PlacedBar[];
  rules: Array<{ id: string; x: number; label: string; y1: number; y2: number; labelY: number }>;
  /** The data table's rows and the CSV rows, in the order of the input. */
  table: Array<Readonly<Record<string, string>>>;
  csv: CsvRecord[];
}

export const AXIS_HEIGHT = 40;
const TOP = 8;
/** Room above the rows for the rules' labels. */
const RULE_ROOM = 18;
const LINE = 18;
const BAR_SIZE = 20;
const GAP_SIZE = 14;
const DENSE_BAR = 16;
const DENSE_GAP = 8;
const FONT = 12;

/** Rough width of a text in px (a label beside a bar, a line of an exported image): a Chinese character is an em. */
export function textWidth(text: string, size = FONT): number {
  const wide = [...text].filter((char) => WIDE_CHAR.test(char)).length;
  return (wide + (text.length - wide) * 0.58) * size;
}

/** The most ticks, up to one per 100 px, whose labels (each as wide as the widest) keep 12 px apart. */
function spacedTicks(scale: ValueScale, kind: ScaleKind, width: number, format: (value: number) => string): number[] {
  for (let count = Math.max(2, Math.floor(width / 100)); ; count -= 1) {
    const values = tickValues(scale, kind, count);
    const gaps = values.slice(1).map((value, index) => scale(value) - scale(values[index]!));
    const widest = Math.max(...values.map((value) => textWidth(format(value))));
    // The two outermost labels lean inwards (anchored at their ends): their gap needs a whole label's width more.
    const fits = gaps.every(
      (gap, index) => gap - 12 >= widest * (index === 0 || index === gaps.length - 1 ? 1 : 0.5) + widest / 2,
    );
    if (fits || count <= 2 || values.length <= 2) return values;
  }
}

/** Lay out a horizontal bar chart: one band per drawn row (title lines, then the bar), a value scale, ticks. */
export function barLayout({
  rows,
  kind,
  width,
  format,
  axisLabel,
  rules = [],
  dense = false,
}: BarChartInput): BarLayout {
  const BAR = dense ? DENSE_BAR : BAR_SIZE;
  const GAP = dense ? DENSE_GAP : GAP_SIZE;
  const drawn = rows.filter((row): row is BarInput & { value: number } => row.value !== null);
  const values = drawn.map((row) => row.value);
  const right = width - 4;
  const max = Math.max(...values, ...rules.map((rule) => rule.value), 0) || 1;
  const scale = valueScale(kind, values.length ? Math.min(...values) : max, max, [0, right]);
  const origin = kind === 'log' ? (scale.domain()[0] ?? 1) : 0;
  const lineCount = Math.max(1, ...drawn.map((row) => row.lines.length));
  const header = lineCount * LINE;
  const top = TOP + (rules.length ? RULE_ROOM : 0);
  // One band per row: its header lines, its bar and the gap below.
  const step = header + BAR + GAP;
  const bottom = top + drawn.length * step;
  const emphasis = drawn.some((row) => row.highlight);

  const bars = drawn.map((row, index): PlacedBar => {
    const rowTop = top + index * step;
    const size = row.atLeast ? Math.round(BAR * 0.65) : BAR;
    const y = rowTop + header + (BAR - size) / 2;
    const x0 = scale(origin);
    const x1 = Math.max(x0, scale(row.value));
    const room = textWidth(row.valueLabel) + 6;
    const inside = x1 + room > right && x1 - x0 > room + 4;
    return {
      id: row.id,
      name: row.name,
      tip: row.tip,
      fill: row.fill,
      fillOpacity: row.atLeast ? 0.6 : undefined,
      band: { y: rowTop, height: step - 4 },
      lines: row.lines.map((text, index) => ({
        text,
        y: rowTop + index * LINE + 13,
        fontSize: index === 0 ? 13 : FONT,
        fontWeight: index > 0 ? 400 : !emphasis ? 600 : row.highlight ? 700 : 500,
        muted: index > 0,
      })),
      x0,
      x1,
      y,
      size,
      label: {
        text: row.valueLabel,
        x: inside ? x1 - 4 : x1 + 4,
        y: y + size / 2,
        inside,
        opacity: 1,
      },
      tipAt: { x: Math.min(x1, width / 2), y: y + size },
    };
  });

  const ticks = spacedTicks(scale, kind, width, format).map((value): PlacedTick => {
    const x = scale(value);
    return { value, label: format(value), x, anchor: x < 24 ? 'start' : x > width - 24 ? 'end' : 'middle' };
  });

  return {
    width,
    height: bottom + AXIS_HEIGHT,
    origin,
    scale,
    top,
    bottom,
    ticks,
    axisLabel,
    bars,
    rules: rules.map((rule) => ({
      id: rule.id,
      x: scale(rule.value),
      label: rule.label,
      y1: top - 12,
      y2: bottom,
      labelY: top - 15,
    })),
    table: rows.flatMap((row) => (row.cells ? [row.cells] : [])),
    csv: [...rows, ...rules].flatMap((row) => (row.record ? [row.record] : [])),
  };
}

/** The layout before the chart is first seen (when it will animate in): every bar at its start, no value labels. */
export function collapse(layout: BarLayout): BarLayout {
  return {
    ...layout,
    bars: layout.bars.map((bar) => ({
      ...bar,
      x1: bar.x0,
      label: { ...bar.label, x: bar.x0 + 4, inside: false, opacity: 0 },
    })),
  };
}

/** The tooltip lines of a bar, by its id. */
export function tipOf(layout: BarLayout, id: string): readonly string[] | undefined {
  return layout.bars.find((bar) => bar.id === id)?.tip;
}
