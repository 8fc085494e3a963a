/**
 * Where Amazon's penalty ranks among large COPPA penalties, from facts.json through money.json (nothing typed in).
 * Unit-tested without React (tests/unit/penalties-utils.test.ts).
 */
import { dateOf, numberOf } from '../../data/derived';
import type { Fact, Language, MoneyFile } from '../../data/schemas';

type Facts = ReadonlyMap<string, Fact>;

export interface RankedPenalty {
  id: string;
  company: string;
  product: string;
  amount: number;
  amountFactId: string;
  dateFactId: string;
  date: string;
  highlight: boolean;
  rank: number;
}

/** COPPA penalties, largest first, with their rank (1 = largest; ties share a rank), names in the reader's edition. */
export function rankedCoppaPenalties(money: MoneyFile, facts: Facts, locale: Language = 'en'): RankedPenalty[] {
  const rows = money.coppaPenalties
    .map((entry) => ({
      id: entry.id,
      company: entry.translations?.[locale]?.company ?? entry.company,
      product: entry.translations?.[locale]?.product ?? entry.product,
      amount: numberOf(facts, entry.amountFactId),
      amountFactId: entry.amountFactId,
      dateFactId: entry.dateFactId,
      date: dateOf(facts, entry.dateFactId),
      highlight: entry.highlight ?? false,
    }))
    .sort((a, b) => b.amount - a.amount);
  return rows.map((row) => ({ ...row, rank: 1 + rows.filter((other) => other.amount > row.amount).length }));
}

/** The highlighted penalty (Amazon's), and the ones ranked above it. */
export function highlightedRank(
  ranked: readonly RankedPenalty[],
): { entry: RankedPenalty; above: RankedPenalty[] } | null {
  const entry = ranked.find((row) => row.highlight);
  return entry ? { entry, above: ranked.filter((row) => row.amount > entry.amount) } : null;
}

/** The plural category for an ordinal ("3rd"): `one`, `two`, `few` or `other` in English. */
export function ordinalCategory(n: number, locale: string): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale, { type: 'ordinal' }).select(n);
}
