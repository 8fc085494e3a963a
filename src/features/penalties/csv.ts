/**
 * The "Download data" files: one record per row of a chart (the chart's layout collects them, so the file
 * holds what the chart shows), columns named with their units, headers in the reader's edition.
 */
import type { CsvRecord } from '../../charts/bar-layout';
import type { KeyUnder } from '../../data/copy-keys';
import type { RankedPenalty } from './ranking';
import type { Breakdown, BreakdownRow, CeilingSeries, TimeRow } from './series';

/** A column's machine name, without the year some carry: each has its header in the copy (`charts.csvHeaders.*`). */
export type CsvColumn = KeyUnder<'charts.csvHeaders'>;
/** A column's name in a file before localizeCsv: `amount_usd`, `minutes_of_net_sales_2023`. */
export type CsvColumnName = CsvColumn | `${CsvColumn}_${number}`;

export interface CsvTable<Column extends string = CsvColumnName> {
  columns: Column[];
  rows: CsvRecord[];
}

/**
 * The same table with its column names in the reader's edition. `header` gets a column's base name (a
 * trailing year, as in `minutes_of_net_sales_2023`, is split off and passed along) and returns the name to
 * use, or undefined to keep the machine name.
 */
export function localizeCsv(
  csv: CsvTable,
  header: (base: CsvColumn, year: string) => string | undefined,
): CsvTable<string> {
  const names = csv.columns.map((column) => {
    const match = /^(.*)_(\d{4})$/.exec(column);
    // A name is a column, or a column and its year (CsvColumnName): what is left of the split is a column.
    return header((match?.[1] ?? column) as CsvColumn, match?.[2] ?? '') ?? column;
  });
  return {
    columns: names,
    rows: csv.rows.map((row) =>
      Object.fromEntries(csv.columns.map((column, index) => [names[index] ?? column, row[column] ?? null])),
    ),
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export const BREAKDOWN_COLUMNS: CsvColumnName[] = [
  'item',
  'case',
  'kind',
  'recipient',
  'amount_usd',
  'amount_is_minimum',
  'people',
  'date',
];

export function breakdownRecord(row: BreakdownRow): CsvRecord {
  return {
    item: row.id,
    case: row.case,
    kind: row.type === 'paid-out' ? `${row.kind}-paid-out` : row.kind,
    recipient: row.recipient,
    amount_usd: row.amount,
    amount_is_minimum: row.atLeast ? 'yes' : 'no',
    people: row.people ?? null,
    date: row.date ?? null,
  };
}

/** The sum of the two kinds of money: a row of its own, said to be a sum of different things. */
export function breakdownTotalRecord(series: Breakdown): CsvRecord {
  return {
    item: 'total-of-two-kinds',
    case: 'both',
    kind: 'sum-of-different-kinds',
    recipient: null,
    amount_usd: series.total,
    amount_is_minimum: 'no',
    people: null,
    date: null,
  };
}

export function timeColumns(year: number): CsvColumnName[] {
  return ['item', 'amount_usd', `minutes_of_net_sales_${year}`, `hours_of_net_income_${year}`];
}

export function timeRecord(row: TimeRow, year: number): CsvRecord {
  return {
    item: row.type === 'claim' ? 'claimed-two-days' : row.id,
    amount_usd: row.type === 'claim' ? null : row.amount,
    [`minutes_of_net_sales_${year}`]: round(row.minutes, 1),
    [`hours_of_net_income_${year}`]: row.hours === null ? null : round(row.hours, 2),
  };
}

export const COPPA_COLUMNS: CsvColumnName[] = ['rank', 'company', 'product', 'amount_usd', 'date'];

export function coppaRecord(row: RankedPenalty): CsvRecord {
  return { rank: row.rank, company: row.company, product: row.product, amount_usd: row.amount, date: row.date };
}

export function ceilingCsv(series: CeilingSeries): CsvTable {
  return {
    columns: ['item', 'amount_usd', 'per_violation_usd', 'child_profiles', 'note'],
    rows: [
      {
        item: 'actual-civil-penalty',
        amount_usd: series.actual,
        per_violation_usd: null,
        child_profiles: null,
        note: null,
      },
      {
        item: 'illustrative-ceiling',
        amount_usd: series.ceiling,
        per_violation_usd: series.perViolation,
        child_profiles: series.count,
        note: 'illustration of the legal ceiling, not a legal estimate',
      },
    ],
  };
}
