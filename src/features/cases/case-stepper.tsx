import { memo, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { LiveRegion } from '../../components/live-region';
import { useCase, useFacts, useTimeline } from '../../data/hooks';
import type { CaseId } from '../../data/schemas';
import { formatFact, useCopy } from '../../data/text';
import { fadeIn } from '../../lib/use-animated-style';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { CaseScene, type SceneDrawing } from './case-scene';
import { StepControls } from './step-controls';
import { StepPanel } from './step-panel';
import type { StepperState } from './stepper-machine';
import { TimelineLegend } from './timeline-legend';
import { TimelineStrip } from './timeline-strip';
import { useStepper } from './use-stepper';
import { eventsForCase, momentEvent, momentYear, stepForKey } from './utils';

/** Keys typed into a field inside the view stay with the field. */
function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The case told step by step: a picture that moves with the story, one timeline of both cases with the
 * current moment marked, Previous/Next and a step bar, arrow keys while the view has focus, an announcement
 * for screen readers, and the step in the URL (`?alexa-step=3`) so a shared link reopens it. Its state is one
 * machine (stepper-machine.ts): the step asked for, the step on screen, the one before, and what is moving.
 */
export function CaseStepper({ caseId, drawing }: { caseId: CaseId; drawing: SceneDrawing }) {
  const { t, tData } = useCopy();
  const { steps } = useCase(caseId);
  const count = steps.length;
  const motion = !usePrefersReducedMotion();
  const view = useRef<HTMLDivElement>(null);
  const { state, text, go, settle } = useStepper(`${caseId}-step`, count, motion, view);
  const baseId = useId();

  const titles = useMemo(() => steps.map((s) => tData(`cases.${caseId}.steps.${s.id}.title`)), [steps, caseId, tData]);
  const announcement =
    state.announced === null
      ? ''
      : t('caseView.announce', { n: state.announced + 1, count, title: titles[state.announced] ?? '' });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTextEntry(event.target)) return;
    const next = stepForKey(event.key, state.target, count);
    if (next === null) return;
    event.preventDefault();
    if (next !== state.target) go(next);
  };

  return (
    // The view takes focus so that the arrow keys can move between steps (a roving group, not a landmark).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={view}
      role="group"
      data-stepper={`${caseId}-step`}
      aria-label={t(`caseView.label.${caseId}`)}
      aria-describedby={`${baseId}-keys`}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="relative rounded-xl border border-line bg-panel p-3 sm:p-5"
    >
      <StepperBody
        caseId={caseId}
        drawing={drawing}
        state={state}
        text={text}
        titles={titles}
        go={go}
        settle={settle}
        baseId={baseId}
      />
      {/* The announcement sits in a fixed box (a relayout boundary), so updating it lays out nothing else. */}
      <div className="absolute left-0 top-0 size-px overflow-hidden">
        <div className="relative size-px [contain:strict]">
          <LiveRegion message={announcement} />
        </div>
      </div>
    </div>
  );
}

interface BodyProps {
  caseId: CaseId;
  drawing: SceneDrawing;
  state: StepperState;
  /** The step whose text is on screen. */
  text: number;
  titles: readonly string[];
  go: (index: number) => void;
  settle: () => void;
  baseId: string;
}

/** Everything but the announcement; memoised, so a press renders only the frame and the live region at once. */
const StepperBody = memo(function StepperBody({ caseId, drawing, state, text, titles, go, settle, baseId }: BodyProps) {
  const { t, tData, locale } = useCopy();
  const { steps } = useCase(caseId);
  const facts = useFacts();
  const timeline = useTimeline();
  const step = steps[state.step] ?? steps[0]!;
  const textStep = steps[text] ?? step;
  const panels = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    // The text fades in when it follows the picture; before paint, so it never shows at full opacity first.
    // The panels' box is its own compositor layer for good (will-change): no re-layering or repaint.
    if (state.animating === 'text') void fadeIn(panels.current, { motion: true }).then(settle);
  }, [state.animating, settle]);

  const stepLabels = useMemo(
    () => titles.map((title, n) => t('caseView.stepButton', { n: n + 1, title })),
    [titles, t],
  );
  const events = useMemo(() => eventsForCase(timeline, facts, caseId), [timeline, facts, caseId]);
  const current = momentEvent(events, textStep.momentFactId, facts);
  const at = momentYear(textStep.momentFactId, facts);

  const momentLabels = useMemo(
    () =>
      steps.map((s) => {
        const placed = momentEvent(events, s.momentFactId, facts);
        if (!placed) return '';
        const date = placed.end
          ? `${formatFact(placed.start, locale)} – ${formatFact(placed.end, locale)}`
          : formatFact(placed.start, locale);
        return t('caseView.highlighted', { date, event: tData(`timeline.events.${placed.event.id}`) });
      }),
    [steps, events, facts, locale, t, tData],
  );

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,11fr)_minmax(0,10fr)] md:gap-8">
      <div className="space-y-4 md:sticky md:top-4 md:self-start">
        <CaseScene Drawing={drawing} scene={step.scene} label={tData(`caseView.scenes.${caseId}.${step.scene}`)} />
        <div>
          <p className="text-sm font-semibold">{t('timeline.title')}</p>
          <TimelineStrip caseId={caseId} events={events} current={current} momentAt={at} />
          <TimelineLegend />
          {/* Every step's label in one cell: the line keeps the height of the longest. */}
          <div className="mt-1 grid text-sm text-muted">
            {momentLabels.map((label, stepIndex) => (
              <p
                key={steps[stepIndex]?.id}
                aria-hidden={stepIndex === text ? undefined : true}
                data-moment={stepIndex + 1}
                className={`[grid-area:1/1] ${stepIndex === text ? 'visible' : 'invisible'}`}
              >
                {label}
              </p>
            ))}
          </div>
        </div>
        <StepControls labels={stepLabels} index={state.step} accent={caseId} onGo={go} />
        <p id={`${baseId}-keys`} className="text-xs text-muted max-md:sr-only">
          {t('caseView.keys')}
        </p>
      </div>
      <div ref={panels} className="grid motion-safe:will-change-[opacity]">
        {steps.map((s, stepIndex) => (
          <StepPanel
            key={s.id}
            caseId={caseId}
            step={s}
            index={stepIndex}
            current={stepIndex === text}
            headingId={`${baseId}-step-${s.id}`}
          />
        ))}
      </div>
    </div>
  );
});
