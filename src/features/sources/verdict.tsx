import type { Claim, Verdict } from '../../data/schemas';

/** A symbol per verdict, so the matrix never relies on colour alone. */
export const VERDICT_MARK: Record<Verdict, string> = { accurate: '✓', imprecise: '≈', wrong: '✗', absent: '–' };

/** A claim's record status as a badge: its mark, and the verdict whose colours it takes (the card, its picture). */
export const STATUS_BADGE: Record<Claim['record']['status'], { mark: string; tone: Verdict }> = {
  false: { mark: '✗', tone: 'wrong' },
  established: { mark: '✓', tone: 'accurate' },
  alleged: { mark: '?', tone: 'imprecise' },
  'company-claim': { mark: '?', tone: 'imprecise' },
};

export const VERDICT_STYLE: Record<Verdict, string> = {
  accurate: 'bg-good-soft text-good',
  imprecise: 'bg-warn-soft text-warn',
  wrong: 'bg-bad-soft text-bad',
  absent: 'text-muted',
};

export function VerdictMark({ verdict }: { verdict: Verdict }) {
  return (
    <span aria-hidden="true" className="inline-block w-4 text-center font-bold">
      {VERDICT_MARK[verdict]}
    </span>
  );
}
