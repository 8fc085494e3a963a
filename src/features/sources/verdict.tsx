import type { Verdict } from '../../data/schemas';

/** A symbol per verdict, so the matrix never relies on colour alone. */
export const VERDICT_MARK: Record<Verdict, string> = { accurate: '✓', imprecise: '≈', wrong: '✗', absent: '–' };

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
