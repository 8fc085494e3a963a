import type { ReactNode } from 'react';
import { Fold } from '../components/fold';
import { useEmbeddedPart } from '../lib/surface';
import { ChartFrame } from './chart-frame';
import { DataTable, type Column } from './data-table';
import { DownloadButtons, type DownloadButtonsProps, type DownloadLabels } from './download-buttons';
import type { ChartKit } from './use-chart-kit';

/** What a figure shows besides its picture: words, the numbers as a table, the file, the sources as text. */
export interface FigureSpec {
  id: string;
  title: string;
  /** One sentence: what the reader should take away. */
  takeaway: string;
  /** A prominent label under the takeaway (e.g. "Illustration, not a legal estimate"). */
  label?: string;
  /** The text alternative: columns, and rows of display text keyed by column key. */
  table: { columns: readonly Column[]; rows: ReadonlyArray<Readonly<Record<string, string>>> };
  /** "Download data": the file name without extension, and the CSV. */
  download: { baseName: string; csv: DownloadButtonsProps['csv'] };
  /** The sources as one line of text, for exported images. */
  sourceText: string;
}

export interface FigureLabels {
  showTable: string;
  hideTable: string;
  /** A compact figure (a chart embedded alone) folds its table, downloads and sources under these. */
  moreFigure: string;
  lessFigure: string;
  downloads: DownloadLabels;
}

/** What a figure draws for one choice of its options: the takeaway, the picture and the notes under it. */
export interface FigureView {
  /** The choice's `data-option` words, while other choices are drawn beside it (charts/chart-options.tsx). */
  option?: string;
  takeaway: string;
  /** The SVG's height. */
  height: number;
  /** The tooltip's lines for a mark, by its id. */
  tip: (id: string) => readonly string[] | undefined;
  /** Notes under the chart (e.g. what the scale means). */
  notes?: ReactNode;
  /** The marks. */
  children: ReactNode;
}

export interface ChartFigureProps extends Omit<FigureView, 'takeaway'> {
  spec: FigureSpec;
  labels: FigureLabels;
  kit: ChartKit;
  controls?: ReactNode;
  /** A figure with options: the drawings of the choices other than its state's, before hydration (else none). */
  others?: readonly FigureView[];
  /** Sources, in the figcaption. */
  caption: ReactNode;
}

/** The takeaway's id; another choice's drawing (see FigureView) has its own. */
export const takeawayId = (id: string, option?: string) =>
  option ? `${id}-takeaway-${option.replace(/[^\w-]+/g, '-')}` : `${id}-takeaway`;

/** The picture and its notes for one choice; only the state's (`main`) is measured and exported. */
function FigureBody({
  id,
  view,
  kit,
  label,
  main,
}: {
  id: string;
  view: FigureView;
  kit: ChartKit;
  label: string;
  main: boolean;
}) {
  return (
    <div data-option={view.option} className="space-y-3">
      <ChartFrame
        kit={kit}
        measured={main}
        height={view.height}
        label={label}
        describedBy={takeawayId(id, main ? undefined : view.option)}
        tip={view.tip}
      >
        {view.children}
      </ChartFrame>
      {view.notes}
    </div>
  );
}

/**
 * A chart as a figure: visible title, takeaway, controls, the chart, notes, data table, downloads, sources. A figure
 * with options (`others` given) draws each choice's picture and notes in a block of their own.
 */
export function ChartFigure({ spec, labels, kit, controls, others, caption, ...view }: ChartFigureProps) {
  const { id, title, takeaway, label } = spec;
  const compact = useEmbeddedPart() !== null;
  const frameLabel = label ? `${title}. ${label}` : title;
  return (
    <figure
      id={id}
      aria-labelledby={`${id}-title`}
      className={`m-0 min-w-0 space-y-3 ${compact ? '' : 'border-t border-line pt-4 sm:rounded-lg sm:border sm:bg-panel sm:p-5'}`}
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold leading-snug">
        {title}
      </h3>
      <p id={takeawayId(id)} data-option={view.option} className="max-w-prose">
        {takeaway}
      </p>
      {others?.map((other) => (
        <p key={other.option} id={takeawayId(id, other.option)} data-option={other.option} className="max-w-prose">
          {other.takeaway}
        </p>
      ))}
      {label ? (
        <p className="inline-block rounded bg-warn-soft px-2 py-0.5 text-sm font-semibold text-warn">{label}</p>
      ) : null}
      {controls}
      {others ? (
        <>
          <FigureBody id={id} view={{ ...view, takeaway }} kit={kit} label={frameLabel} main />
          {others.map((other) => (
            <FigureBody key={other.option} id={id} view={other} kit={kit} label={frameLabel} main={false} />
          ))}
        </>
      ) : (
        <>
          <ChartFrame kit={kit} height={view.height} label={frameLabel} describedBy={takeawayId(id)} tip={view.tip}>
            {view.children}
          </ChartFrame>
          {view.notes}
        </>
      )}
      <Extras compact={compact} labels={labels}>
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <DataTable
            caption={title}
            columns={spec.table.columns}
            rows={spec.table.rows}
            showLabel={labels.showTable}
            hideLabel={labels.hideTable}
          />
          <DownloadButtons
            baseName={spec.download.baseName}
            csv={spec.download.csv}
            svgRef={kit.svgRef}
            text={{ title, takeaway, label, source: spec.sourceText }}
            labels={labels.downloads}
          />
        </div>
        <figcaption className="text-sm">{caption}</figcaption>
      </Extras>
    </figure>
  );
}

/** What follows the chart: in place, or folded in a compact figure (one chart in a blog post). */
function Extras({ compact, labels, children }: { compact: boolean; labels: FigureLabels; children: ReactNode }) {
  return compact ? (
    <Fold compact more={labels.moreFigure} less={labels.lessFigure}>
      <div className="mt-3 space-y-3">{children}</div>
    </Fold>
  ) : (
    children
  );
}
