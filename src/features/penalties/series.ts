/**
 * The money charts' series: the breakdown, the time Amazon's sales took to bring the money in, and the legal
 * ceiling. Every number comes from facts.json through money.json; nothing here is typed in. Unit-tested without
 * React (tests/unit/penalties-utils.test.ts).
 */
import { dateOf, hoursOfIncome, minutesOfRevenue, numberOf } from '../../data/derived';
import type { CaseId, Fact, MoneyFile } from '../../data/schemas';
import { numberFormat } from '../../lib/format';

type Facts = ReadonlyMap<string, Fact>;

const MINUTES_PER_DAY = 24 * 60;
/** The claim being checked: "a mere two-day income". */
const CLAIMED_DAYS = 2;

export interface BreakdownRow {
  id: string;
  /** `payment`: an amount ordered; `paid-out`: what was later actually paid from it. */
  type: 'payment' | 'paid-out';
  case: CaseId;
  kind: MoneyFile['payments'][number]['kind'];
  recipient: MoneyFile['payments'][number]['recipient'];
  amount: number;
  amountFactId: string;
  /** For paid-out rows: how many people, and when it was announced. */
  people?: number;
  date?: string;
  /** Paid-out amounts are "more than" the figure given. */
  atLeast: boolean;
  sourceIds: string[];
}

export interface Breakdown {
  rows: BreakdownRow[];
  total: number;
  totalFactId: string;
}

export function breakdownSeries(money: MoneyFile, facts: Facts): Breakdown {
  const rows = money.payments.flatMap((payment): BreakdownRow[] => {
    const base = { case: payment.case, kind: payment.kind, recipient: payment.recipient };
    const ordered: BreakdownRow = {
      ...base,
      id: payment.id,
      type: 'payment',
      amount: numberOf(facts, payment.amountFactId),
      amountFactId: payment.amountFactId,
      atLeast: false,
      sourceIds: payment.sourceIds,
    };
    if (!payment.paidOut) return [ordered];
    const paid = payment.paidOut;
    return [
      ordered,
      {
        ...base,
        id: `${payment.id}-paid-out`,
        type: 'paid-out',
        amount: numberOf(facts, paid.amountFactId),
        amountFactId: paid.amountFactId,
        people: numberOf(facts, paid.recipientsFactId),
        date: dateOf(facts, paid.dateFactId),
        atLeast: true,
        sourceIds: paid.sourceIds,
      },
    ];
  });
  return { rows, total: numberOf(facts, money.totalFactId), totalFactId: money.totalFactId };
}

export type Measure = 'sales' | 'income';

export interface TimeRow {
  id: string;
  type: 'payment' | 'total' | 'claim';
  case?: CaseId;
  amount: number;
  /** Minutes of the year's net sales. */
  minutes: number;
  /** Hours of the year's net income; null when the year was a loss. */
  hours: number | null;
}

export interface TimeSeries {
  year: number;
  netIncome: number;
  rows: TimeRow[];
  /** The "two days" claim, in both units. */
  claim: TimeRow;
}

export function timeToEarnSeries(money: MoneyFile, facts: Facts): TimeSeries {
  const { financials } = money;
  const netSales = numberOf(facts, financials.netSalesFactId);
  const netIncome = numberOf(facts, financials.netIncomeFactId);
  const row = (id: string, type: TimeRow['type'], amount: number, caseId?: CaseId): TimeRow => ({
    id,
    type,
    ...(caseId ? { case: caseId } : {}),
    amount,
    minutes: minutesOfRevenue(amount, netSales),
    hours: hoursOfIncome(amount, netIncome),
  });
  const payments = money.payments.map((payment) =>
    row(payment.id, 'payment', numberOf(facts, payment.amountFactId), payment.case),
  );
  const total = row('total', 'total', numberOf(facts, money.totalFactId));
  const claimMinutes = CLAIMED_DAYS * MINUTES_PER_DAY;
  return {
    year: financials.year,
    netIncome,
    rows: [...payments, total],
    claim: {
      id: 'two-days',
      type: 'claim',
      amount: (netSales * CLAIMED_DAYS) / 365,
      minutes: claimMinutes,
      hours: netIncome > 0 ? claimMinutes / 60 : null,
    },
  };
}

/** The value a row is drawn at for a measure: minutes of sales, or hours of income (null: nothing to draw). */
export function timeValue(row: TimeRow, measure: Measure): number | null {
  return measure === 'sales' ? row.minutes : row.hours;
}

/** `23 min`, `7.2 hr`: short unit labels, formatted for the locale by Intl. */
export function formatTime(value: number, measure: Measure, locale: string, digits?: number): string {
  // Chinese without a separator under ten thousand (2880分钟), grouped from there on, as formatCount writes counts.
  return numberFormat(locale, {
    style: 'unit',
    unit: measure === 'sales' ? 'minute' : 'hour',
    unitDisplay: 'short',
    maximumFractionDigits: digits ?? (measure === 'sales' ? 0 : 1),
    ...(locale === 'zh-Hans' ? { useGrouping: 'min2' as const } : {}),
  }).format(value);
}

/** How many times longer the claimed "two days" is than the time the penalty really took. */
export function claimRatio(series: TimeSeries, measure: Measure, rowId: string): number | null {
  const row = series.rows.find((candidate) => candidate.id === rowId);
  const value = row ? timeValue(row, measure) : null;
  const claim = timeValue(series.claim, measure);
  return value && claim ? claim / value : null;
}

export interface CeilingSeries {
  year: number;
  perViolation: number;
  count: number;
  ceiling: number;
  actual: number;
  /** ceiling / actual: how many times the actual penalty fits in the ceiling. */
  times: number;
  /** The grid's squares, each the size of the actual penalty: `times` rounded, at least one. */
  squares: number;
}

export function ceilingSeries(money: MoneyFile, facts: Facts): CeilingSeries {
  const { ceiling } = money;
  const perViolation = numberOf(facts, ceiling.perViolationFactId);
  const count = numberOf(facts, ceiling.countFactId);
  const actual = numberOf(facts, ceiling.actualFactId);
  const total = perViolation * count;
  return {
    year: Number(dateOf(facts, ceiling.effectiveFactId).slice(0, 4)),
    perViolation,
    count,
    ceiling: total,
    actual,
    times: total / actual,
    squares: Math.max(1, Math.round(total / actual)),
  };
}

/** A grid of `cells` squares, `columns` wide, as one SVG path (one element, however many squares). */
export function gridPath(cells: number, columns: number, size: number, gap: number, skip = 0): string {
  const step = size + gap;
  const parts: string[] = [];
  for (let index = skip; index < cells; index += 1) {
    const x = (index % columns) * step;
    const y = Math.floor(index / columns) * step;
    parts.push(`M${+x.toFixed(2)},${+y.toFixed(2)}h${+size.toFixed(2)}v${+size.toFixed(2)}h${-size.toFixed(2)}Z`);
  }
  return parts.join('');
}
