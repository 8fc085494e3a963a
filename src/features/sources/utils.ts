import type { Claim } from '../../data/schemas';

export interface ClaimSummary {
  total: number;
  /** Articles that mention the claim at all (accurately, loosely or wrongly). */
  reported: number;
  accurate: number;
  imprecise: number;
  wrong: number;
}

export function claimSummary(claim: Claim, articleIds: readonly string[]): ClaimSummary {
  const verdicts = articleIds.map((id) => claim.verdicts[id] ?? 'absent');
  const count = (v: string) => verdicts.filter((verdict) => verdict === v).length;
  return {
    total: articleIds.length,
    reported: verdicts.filter((verdict) => verdict !== 'absent').length,
    accurate: count('accurate'),
    imprecise: count('imprecise'),
    wrong: count('wrong'),
  };
}
