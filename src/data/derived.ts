/**
 * Figures computed from the record, never typed into copy: how long Amazon took to earn the money,
 * what "two days of income" would require, and the legal ceiling as an illustration.
 */
import type { Fact, MoneyFile } from './schemas';

const MINUTES_PER_YEAR = 365 * 24 * 60;
const HOURS_PER_YEAR = 365 * 24;

export function minutesOfRevenue(amount: number, annualRevenue: number): number {
  if (annualRevenue <= 0) throw new RangeError('annual revenue must be positive');
  return amount / (annualRevenue / MINUTES_PER_YEAR);
}

/** Hours of profit; null when the year was a loss (there is no income to compare with). */
export function hoursOfIncome(amount: number, annualIncome: number): number | null {
  if (annualIncome <= 0) return null;
  return amount / (annualIncome / HOURS_PER_YEAR);
}

/** The yearly income at which `amount` would be `days` days of income. */
function incomeForDays(amount: number, days: number): number {
  return (amount * 365) / days;
}

function valueForDays(annual: number, days: number): number {
  return (annual * days) / 365;
}

export type DerivedValue =
  | { kind: 'money'; value: number }
  | { kind: 'number'; value: number; digits: number }
  | { kind: 'year'; value: number };

export function numberOf(facts: ReadonlyMap<string, Fact>, id: string): number {
  const fact = facts.get(id);
  if (!fact || fact.kind === 'date') throw new Error(`fact ${id} is not a number`);
  return fact.value;
}

export function dateOf(facts: ReadonlyMap<string, Fact>, id: string): string {
  const fact = facts.get(id);
  if (!fact || fact.kind !== 'date') throw new Error(`fact ${id} is not a date`);
  return fact.value;
}

/** The computed values copy may refer to as `{penaltyMinutes}` and friends. */
export function deriveContextValues(facts: ReadonlyMap<string, Fact>, money: MoneyFile): Record<string, DerivedValue> {
  const { financials, ceiling } = money;
  const sales = numberOf(facts, financials.netSalesFactId);
  const priorSales = numberOf(facts, financials.priorNetSalesFactId);
  const income = numberOf(facts, financials.netIncomeFactId);
  const priorIncome = numberOf(facts, financials.priorNetIncomeFactId);
  const penalty = numberOf(facts, ceiling.actualFactId);
  const total = numberOf(facts, money.totalFactId);
  const perViolation = numberOf(facts, ceiling.perViolationFactId);
  const count = numberOf(facts, ceiling.countFactId);
  const hours = hoursOfIncome(penalty, income);
  return {
    year: { kind: 'year', value: financials.year },
    priorYear: { kind: 'year', value: financials.priorYear },
    penaltyMinutes: { kind: 'number', value: minutesOfRevenue(penalty, sales), digits: 0 },
    totalMinutes: { kind: 'number', value: minutesOfRevenue(total, sales), digits: 0 },
    penaltyMinutesPrior: { kind: 'number', value: minutesOfRevenue(penalty, priorSales), digits: 0 },
    penaltyHours: { kind: 'number', value: hours ?? Number.NaN, digits: 1 },
    twoDaySales: { kind: 'money', value: valueForDays(sales, 2) },
    twoDaySalesPrior: { kind: 'money', value: valueForDays(priorSales, 2) },
    twoDayIncome: { kind: 'money', value: incomeForDays(penalty, 2) },
    lossAbs: { kind: 'money', value: Math.abs(Math.min(priorIncome, 0)) },
    ceilingTotal: { kind: 'money', value: perViolation * count },
    ceilingYear: { kind: 'year', value: Number(dateOf(facts, ceiling.effectiveFactId).slice(0, 4)) },
  };
}
