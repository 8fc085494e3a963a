import type { ReactNode } from 'react';
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
  downloads: DownloadLabels;
}

export interface ChartFigureProps {
  spec: FigureSpec;
  labels: FigureLabels;
  kit: ChartKit;
  /** The SVG's height. */
  height: number;
  /** The tooltip's lines for a mark, by its id. */
  tip: (id: string) => readonly string[] | undefined;
  controls?: ReactNode;
  /** Notes under the chart (e.g. what the scale means). */
  notes?: ReactNode;
  /** Sources, in the figcaption. */
  caption: ReactNode;
  /** The marks. */
  children: ReactNode;
}

export const takeawayId = (id: string) => `${id}-takeaway`;

/** A chart as a figure: visible title, takeaway, controls, the chart, notes, data table, downloads, sources. */
export function ChartFigure({ spec, labels, kit, height, tip, controls, notes, caption, children }: ChartFigureProps) {
  const { id, title, takeaway, label } = spec;
  return (
    <figure
      id={id}
      aria-labelledby={`${id}-title`}
      className="m-0 min-w-0 space-y-3 border-t border-line pt-4 sm:rounded-lg sm:border sm:bg-panel sm:p-5"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold leading-snug">
        {title}
      </h3>
      <p id={takeawayId(id)} className="max-w-prose">
        {takeaway}
      </p>
      {label ? (
        <p className="inline-block rounded bg-warn-soft px-2 py-0.5 text-sm font-semibold text-warn">{label}</p>
      ) : null}
      {controls}
      <ChartFrame
        kit={kit}
        height={height}
        label={label ? `${title}. ${label}` : title}
        describedBy={takeawayId(id)}
        tip={tip}
      >
        {children}
      </ChartFrame>
      {notes}
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
    </figure>
  );
}

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** A small radio group (a chart setting). */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="mb-1 w-full font-semibold text-muted sm:float-left sm:mb-0 sm:mr-1 sm:w-auto">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={`inline-flex items-center gap-1.5 ${option.disabled ? 'text-muted' : 'cursor-pointer'}`}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
            className="accent-[var(--accent)]"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
