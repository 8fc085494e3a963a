import type { ReactNode } from 'react';

export interface ChartFigureProps {
  id: string;
  title: string;
  /** One sentence: what the reader should take away. */
  takeaway: string;
  /** A prominent label under the takeaway (e.g. "Illustration, not a legal estimate"). */
  label?: string;
  controls?: ReactNode;
  children: ReactNode;
  /** Notes under the chart (e.g. what the scale means). */
  notes?: ReactNode;
  table: ReactNode;
  downloads: ReactNode;
  /** Sources, in the figcaption. */
  caption: ReactNode;
}

export const takeawayId = (id: string) => `${id}-takeaway`;

/** A chart as a figure: visible title, takeaway, controls, the chart, notes, data table, downloads, sources. */
export function ChartFigure({ id, title, takeaway, label, controls, children, notes, table, downloads, caption }: ChartFigureProps) {
  return (
    <figure id={id} aria-labelledby={`${id}-title`} className="m-0 min-w-0 space-y-3 border-t border-line pt-4 sm:rounded-lg sm:border sm:bg-panel sm:p-5">
      <h3 id={`${id}-title`} className="text-lg font-semibold leading-snug">
        {title}
      </h3>
      <p id={takeawayId(id)} className="max-w-prose">
        {takeaway}
      </p>
      {label ? <p className="inline-block rounded bg-warn-soft px-2 py-0.5 text-sm font-semibold text-warn">{label}</p> : null}
      {controls}
      {children}
      {notes}
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        {table}
        {downloads}
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
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: readonly ChoiceOption<T>[]; onChange: (value: T) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="mb-1 w-full font-semibold text-muted sm:float-left sm:mb-0 sm:mr-1 sm:w-auto">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={`inline-flex items-center gap-1.5 ${option.disabled ? 'text-muted' : 'cursor-pointer'}`}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} disabled={option.disabled} onChange={() => onChange(option.value)} className="accent-[var(--accent)]" />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
