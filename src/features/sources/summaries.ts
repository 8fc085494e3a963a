/** How the five articles reported a claim, counted and said in words. No React; unit-tested. */
import { plural, pluralPath, type Texts } from '../../data/plural';
import type { Claim, Verdict } from '../../data/schemas';
import { listJoin } from '../../lib/format';
import { own } from '../../lib/own';

export interface ClaimSummary {
  total: number;
  /** Articles that mention the claim at all (accurately, loosely or wrongly). */
  reported: number;
  accurate: number;
  imprecise: number;
  wrong: number;
}

/** An article's verdict on a claim ('absent' where the claim lists none for it). */
export const verdictOf = (claim: Claim, articleId: string): Verdict => own(claim.verdicts, articleId) ?? 'absent';

export function claimSummary(claim: Claim, articleIds: readonly string[]): ClaimSummary {
  const verdicts = articleIds.map((id) => verdictOf(claim, id));
  const count = (v: Verdict) => verdicts.filter((verdict) => verdict === v).length;
  return {
    total: articleIds.length,
    reported: verdicts.filter((verdict) => verdict !== 'absent').length,
    accurate: count('accurate'),
    imprecise: count('imprecise'),
    wrong: count('wrong'),
  };
}

/** The claims at least one article reports loosely or wrongly, and the rest (every mention in line, in order). */
export function splitByErrors<C extends Claim>(claims: readonly C[], articleIds: readonly string[]): [C[], C[]] {
  const strays = (claim: C) => {
    const summary = claimSummary(claim, articleIds);
    return summary.imprecise + summary.wrong > 0;
  };
  return [claims.filter(strays), claims.filter((claim) => !strays(claim))];
}

/** How one article did across all claims. */
export function articleScore(claims: readonly Claim[], articleId: string): Record<Verdict, number> {
  const score: Record<Verdict, number> = { accurate: 0, imprecise: 0, wrong: 0, absent: 0 };
  for (const claim of claims) score[verdictOf(claim, articleId)] += 1;
  return score;
}

/** "4 of 5 articles report this; 2 report it loosely; 1 gets it wrong". */
export function summaryLine(text: Texts, summary: ClaimSummary): string {
  const parts = [
    text.t(pluralPath('matrix.summary.reported', summary.reported, text, summary.total), {
      count: summary.reported,
      total: summary.total,
    }),
  ];
  if (summary.imprecise > 0) parts.push(plural(text, 'matrix.summary.imprecise', summary.imprecise));
  if (summary.wrong > 0) parts.push(plural(text, 'matrix.summary.wrong', summary.wrong));
  return listJoin(parts, text.locale);
}
