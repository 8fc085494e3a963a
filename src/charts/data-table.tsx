import { useId, useState } from 'react';

export interface Column {
  key: string;
  label: string;
  /** Right-align numbers. */
  numeric?: boolean;
}

export interface DataTableProps {
  caption: string;
  columns: readonly Column[];
  /** Cells as display text, keyed by column key. The first column is the row header. */
  rows: ReadonlyArray<Readonly<Record<string, string>>>;
  showLabel: string;
  hideLabel: string;
}

/** The chart's numbers as a table: always in the DOM for screen readers, shown on request for everyone. */
export function DataTable({ caption, columns, rows, showLabel, hideLabel }: DataTableProps) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((value) => !value)}
        className="inline-flex min-h-6 items-center text-sm text-accent underline underline-offset-2"
      >
        {shown ? hideLabel : showLabel}
      </button>
      <div id={id} className={shown ? 'mt-2 overflow-x-auto' : 'sr-only'}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-line">
              {columns.map((column) => (
                <th key={column.key} scope="col" className={`py-1 pr-3 ${column.numeric ? 'text-right' : ''}`}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} className="border-b border-line align-top">
                {columns.map((column, columnIndex) =>
                  columnIndex === 0 ? (
                    <th key={column.key} scope="row" className="py-1 pr-3 font-normal">
                      {row[column.key]}
                    </th>
                  ) : (
                    <td key={column.key} className={`py-1 pr-3 ${column.numeric ? 'text-right tabular-nums' : ''}`}>
                      {row[column.key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
