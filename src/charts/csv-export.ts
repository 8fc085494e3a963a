/**
 * Getting the data out of a chart: CSV with d3-dsv, safe for spreadsheets, and saving a file. Loaded on demand,
 * when a reader asks.
 */
import { csvFormat } from 'd3-dsv';

/**
 * A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a return) gets a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice against CSV injection). Numbers stay numbers.
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (typeof value !== 'string') return value ?? '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: ReadonlyArray<Record<string, string | number | null>>, columns: readonly string[]): string {
  const headers = columns.map((column) => String(safeCell(column)));
  return `${csvFormat(
    rows.map((row) => Object.fromEntries(columns.map((column, index) => [headers[index], safeCell(row[column])]))),
    headers,
  )}\n`;
}

/** Save a blob under `filename` with a temporary object URL and an <a download>. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
