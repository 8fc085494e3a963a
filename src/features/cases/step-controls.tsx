import { memo, type ReactNode } from 'react';
import { useCopy } from '../../content/section';

interface Props {
  /** Each step's button name, "Step 3: …". */
  labels: readonly string[];
  index: number;
  accent: 'alexa' | 'ring';
  onGo: (index: number) => void;
}

const ACCENT = {
  alexa: {
    done: 'bg-alexa text-page',
    current: 'bg-alexa text-page ring-2 ring-offset-2 ring-offset-panel ring-alexa',
    todo: 'bg-alexa-soft text-ink',
  },
  ring: {
    done: 'bg-ring text-page',
    current: 'bg-ring text-page ring-2 ring-offset-2 ring-offset-panel ring-ring',
    todo: 'bg-ring-soft text-ink',
  },
} as const;

const BUTTON =
  'inline-flex min-h-11 items-center gap-1.5 whitespace-nowrap rounded-md border border-line bg-panel px-3 font-semibold text-ink hover:border-ink aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:border-line';

/** A segmented progress bar whose segments jump to any step. */
export const StepList = memo(function StepList({ labels, index, accent, onGo }: Props) {
  const { t } = useCopy();
  const colours = ACCENT[accent];
  return (
    <ol aria-label={t('caseView.stepList')} className="flex gap-1.5">
      {labels.map((label, step) => {
        const state = step === index ? 'current' : step < index ? 'done' : 'todo';
        return (
          <li key={step} className="flex-1">
            <button
              type="button"
              aria-label={label}
              aria-current={step === index ? 'step' : undefined}
              data-go={step}
              data-go-step=""
              onClick={() => onGo(step)}
              className={`flex h-8 w-full items-center justify-center rounded text-sm font-semibold tabular-nums ${colours[state]}`}
            >
              {step + 1}
            </button>
          </li>
        );
      })}
    </ol>
  );
});

/**
 * Previous and Next, with "Step 3 of 7" between them. At the ends the buttons are aria-disabled rather than
 * disabled, so keyboard focus stays where it is. On a phone this is a bar at the foot of the screen while the view
 * is on it, within a thumb's reach (index.css, [data-step-nav]).
 */
export const StepNav = memo(function StepNav({
  count,
  index,
  onGo,
}: {
  count: number;
  index: number;
  onGo: Props['onGo'];
}) {
  const { t } = useCopy();
  const atStart = index === 0;
  const atEnd = index === count - 1;
  return (
    <div className="flex items-center justify-between gap-2" data-step-nav="">
      <GoButton go="previous" to={atStart ? null : index - 1} label={t('caseView.previousLabel')} onGo={onGo}>
        <span aria-hidden="true">←</span>
        {t('caseView.previous')}
      </GoButton>
      {/* A fixed box (a relayout boundary): its text changes at every step without laying out the page. */}
      <p className="text-sm font-semibold text-muted tabular-nums max-[399px]:hidden" data-step-progress="">
        <span className="block h-5 w-28 whitespace-nowrap text-center [contain:strict]">
          {t('caseView.progress', { n: index + 1, count })}
        </span>
      </p>
      <GoButton go="next" to={atEnd ? null : index + 1} label={t('caseView.nextLabel')} onGo={onGo}>
        {t('caseView.next')}
        <span aria-hidden="true">→</span>
      </GoButton>
    </div>
  );
});

/** Previous or Next: `to` is the step it goes to, or null at that end (aria-disabled, so focus stays on it). */
function GoButton({
  go,
  to,
  label,
  onGo,
  children,
}: {
  go: 'previous' | 'next';
  to: number | null;
  label: string;
  onGo: Props['onGo'];
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={BUTTON}
      aria-disabled={to === null || undefined}
      aria-label={label}
      data-go={go}
      onClick={() => (to === null ? undefined : onGo(to))}
    >
      {children}
    </button>
  );
}
