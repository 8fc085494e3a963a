/** What every chart in this section adds to src/charts: labels and CSV headers from the copy, and the sources. */
import { useMemo, type ReactNode } from 'react';
import { BarMarks } from '../../charts/bar-chart';
import { collapse, tipOf, type BarLayout } from '../../charts/bar-layout';
import { ChartFigure, type ChartFigureProps, type FigureView } from '../../charts/chart-figure';
import { useDrawnChoices, type Choice } from '../../charts/chart-options';
import type { Column } from '../../charts/data-table';
import { useChartKit, type ChartKit } from '../../charts/use-chart-kit';
import { useFacts, useMoneyFile, useSourceMap, useCopy } from '../../content/section';
import { SourceList } from '../../content/source-list';
import type { CopyApi } from '../../data/text';
import { formatIsoDate, labelled, PUNCTUATION } from '../../lib/format';
import { localizeCsv, type CsvColumn, type CsvColumnName, type CsvTable } from './csv';
import { sourceLine } from './figure-sources';

/** What a chart's words need: the edition and its copy. */
export type Words = Pick<CopyApi, 't' | 'locale'>;

/**
 * What every penalty chart starts from: its copy, its size and tooltip kit, and its series built (once per data
 * or edition change) from money.json, the facts and the edition. `build` must be a module-level function (it keys
 * the memo).
 */
export function useChartSeries<S>(
  build: (money: ReturnType<typeof useMoneyFile>, facts: ReturnType<typeof useFacts>, locale: CopyApi['locale']) => S,
) {
  const copy = useCopy();
  const kit = useChartKit();
  const money = useMoneyFile();
  const facts = useFacts();
  const series = useMemo(() => build(money, facts, copy.locale), [build, money, facts, copy.locale]);
  return { ...copy, kit, money, facts, series };
}

export function useChartLabels() {
  const { t, has } = useCopy();
  /** A CSV column's name in the reader's edition (see localizeCsv); undefined keeps the machine name. */
  const csvHeader = (base: CsvColumn, year: string) =>
    has(`charts.csvHeaders.${base}`) ? t(`charts.csvHeaders.${base}`, { year }) : undefined;
  const downloads = {
    group: t('charts.downloads'),
    csv: t('charts.downloadData'),
    svg: t('charts.downloadSvg'),
    png: t('charts.downloadPng'),
    done: (file: string) => t('charts.downloaded', { file }),
    failed: t('charts.downloadFailed'),
  };
  return {
    downloads,
    csvHeader,
    showTable: t('charts.showTable'),
    hideTable: t('charts.hideTable'),
    moreFigure: t('charts.moreFigure'),
    lessFigure: t('charts.lessFigure'),
  };
}

/** The sources as plain text for exported images. */
export function useSourceText(ids: readonly string[]): string {
  const { t, locale } = useCopy();
  const sources = useSourceMap();
  const line = sourceLine(ids, sources, (iso) => formatIsoDate(iso, locale), locale);
  return `${labelled(t('charts.sourcesPrefix'), line, locale)}${PUNCTUATION[locale].stop.trim()}`;
}

/** A chart of this section, as data: what ChartFigure shows around the picture. */
export interface PenaltySpec {
  id: string;
  title: string;
  takeaway: string;
  label?: string;
  columns: readonly Column[];
  /** File name without extension. */
  file: string;
  /** Machine column names; the file gets them in the reader's edition. */
  csvColumns: CsvColumnName[];
  sourceIds: readonly string[];
  /** A line above the sources (how the numbers were worked out). */
  note?: string;
}

type FigureProps = Pick<
  ChartFigureProps,
  'option' | 'height' | 'tip' | 'controls' | 'notes' | 'others' | 'children'
> & {
  spec: PenaltySpec;
  kit: ChartKit;
  rows: ReadonlyArray<Readonly<Record<string, string>>>;
  csv: CsvTable['rows'];
};

export function PenaltyFigure({ spec, kit, rows, csv, ...rest }: FigureProps) {
  const labels = useChartLabels();
  const sourceText = useSourceText(spec.sourceIds);
  const download = { baseName: spec.file, csv: localizeCsv({ columns: spec.csvColumns, rows: csv }, labels.csvHeader) };
  const caption = (
    <>
      {spec.note ? <p className="mb-1 text-muted">{spec.note}</p> : null}
      <SourceList ids={spec.sourceIds} />
    </>
  );
  return (
    <ChartFigure
      spec={{ ...spec, table: { columns: spec.columns, rows }, download, sourceText }}
      labels={labels}
      kit={kit}
      caption={caption}
      {...rest}
    />
  );
}

/** One choice of a bar chart's options, drawn: its takeaway, layout and notes (see charts/chart-options.tsx). */
export interface BarView {
  option?: string;
  takeaway: string;
  layout: BarLayout;
  notes?: ReactNode;
}

function barView({ option, takeaway, layout, notes }: BarView, kit: ChartKit): FigureView {
  return {
    option,
    takeaway,
    height: layout.height,
    tip: (id) => tipOf(layout, id),
    notes,
    children: <BarMarks layout={kit.collapsed ? collapse(layout) : layout} tooltip={kit.tooltip} />,
  };
}

/**
 * A bar chart of this section: its figure, with the table, the CSV rows and the tooltips taken from its layout. A
 * chart with options passes `others`: the drawings of its other choices, before hydration (useDrawnChoices).
 */
export function BarFigure({
  spec,
  option,
  layout,
  notes,
  kit,
  controls,
  others,
}: {
  spec: PenaltySpec;
  option?: string;
  layout: BarLayout;
  kit: ChartKit;
  controls?: ReactNode;
  notes?: ReactNode;
  others?: readonly BarView[];
}) {
  // The spec's takeaway is the figure's; ChartFigure takes the rest of the view as it is.
  const { takeaway: _takeaway, ...main } = barView({ option, takeaway: spec.takeaway, layout, notes }, kit);
  return (
    <PenaltyFigure
      spec={spec}
      kit={kit}
      rows={layout.table}
      csv={layout.csv}
      controls={controls}
      others={others?.map((other) => barView(other, kit))}
      {...main}
    />
  );
}

/**
 * A bar chart with options (charts/chart-options.tsx): drawn for the reader's choice and, before hydration, for
 * every other choice. `draw` gives the chart for one choice; its own takeaway, if it has one, replaces the spec's.
 */
export function ChoiceBarFigure<C extends Choice>({
  spec,
  kit,
  controls,
  choice,
  values,
  draw,
}: {
  spec: Omit<PenaltySpec, 'takeaway'> & { takeaway?: string };
  kit: ChartKit;
  controls: ReactNode;
  choice: C;
  values: { [K in keyof C]: readonly C[K][] };
  draw: (choice: C) => Omit<BarView, 'option' | 'takeaway'> & { takeaway?: string };
}) {
  const drawn = useDrawnChoices(choice, values);
  const view = (one: C) => ({ takeaway: spec.takeaway ?? '', ...draw(one) });
  const main = view(choice);
  return (
    <BarFigure
      spec={{ ...spec, takeaway: main.takeaway }}
      option={drawn.current.option}
      layout={main.layout}
      kit={kit}
      controls={controls}
      notes={main.notes}
      others={drawn.others.map((other) => ({ option: other.option, ...view(other.choice) }))}
    />
  );
}
