import type { Fact, MoneyFile } from '../../data/schemas';

export interface RankedPenalty {
  id: string;
  company: string;
  amount: number;
  amountFactId: string;
  dateFactId: string;
  highlight: boolean;
  rank: number;
}

/** COPPA penalties, largest first, with their rank (1 = largest). */
export function rankedCoppaPenalties(money: MoneyFile, facts: ReadonlyMap<string, Fact>): RankedPenalty[] {
  return money.coppaPenalties
    .map((entry) => {
      const fact = facts.get(entry.amountFactId);
      return {
        id: entry.id,
        company: entry.company,
        amount: fact && fact.kind === 'money' ? fact.value : 0,
        amountFactId: entry.amountFactId,
        dateFactId: entry.dateFactId,
        highlight: entry.highlight ?? false,
      };
    })
    .sort((a, b) => b.amount - a.amount)
    .map((entry, index) => ({ ...entry, rank: index + 1 }));
}
