import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { LiveRegion } from '../../components/live-region';
import { useCase, useFacts, useTimeline, useCopy } from '../../content/section';
import type { CaseId } from '../../data/schemas';
import { fadeIn } from '../../lib/use-animated-style';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { useEmbeddedPart } from '../../lib/surface';
import { CaseScene, type SceneDrawing } from './case-scene';
import { keepStepInView, openedAtStep } from './keep-step-in-view';
import { StepList, StepNav } from './step-controls';
import { StepPanel } from './step-panel';
import type { StepperState } from './stepper-machine';
import { TimelineLegend } from './timeline-legend';
import { TimelineStrip } from './timeline-strip';
import { useStepper } from './use-stepper';
import { useSwipe } from './use-swipe';
import { clampStep, stepForKey } from './step-index';
import { eventDate, eventsForCase, momentEvent, momentYear } from './timeline-events';

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
        view={view}
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
  view: RefObject<HTMLDivElement | null>;
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
const StepperBody = memo(function StepperBody({
  view,
  caseId,
  drawing,
  state,
  text,
  titles,
  go,
  settle,
  baseId,
}: BodyProps) {
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
    if (state.animating === 'text') void fadeIn(panels.current).then(settle);
  }, [state.animating, settle]);
  // A reader's move (never the first render, nor back/forward) shows the new text with its picture and title.
  const moved = state.announced !== null;
  useLayoutEffect(() => {
    if (moved) keepStepInView(view.current);
  }, [text, moved, view]);
  // So does a link to a step, once the view is the app's and the browser has gone to the section (it keeps going
  // back to it until the page has loaded).
  useEffect(() => {
    let frame = 0;
    const bring = () => {
      frame = requestAnimationFrame(() => {
        if (openedAtStep(view.current)) keepStepInView(view.current);
      });
    };
    if (document.readyState === 'complete') bring();
    else window.addEventListener('load', bring, { once: true });
    return () => {
      window.removeEventListener('load', bring);
      cancelAnimationFrame(frame);
    };
  }, [view]);
  const swipe = useSwipe((direction) => go(clampStep(state.target + direction, steps.length)));

  const stepLabels = useMemo(
    () => titles.map((title, n) => t('caseView.stepButton', { n: n + 1, title })),
    [titles, t],
  );
  const events = useMemo(() => eventsForCase(timeline, facts, caseId), [timeline, facts, caseId]);
  const current = momentEvent(events, textStep.momentFactId, facts);
  const at = momentYear(textStep.momentFactId, facts);
  const oneStep = useEmbeddedPart() === 'step';

  const momentLabels = useMemo(
    () =>
      steps.map((s) => {
        const placed = momentEvent(events, s.momentFactId, facts);
        if (!placed) return '';
        const date = eventDate(placed, locale);
        return t('caseView.highlighted', { date, event: tData(`timeline.events.${placed.event.id}`) });
      }),
    [steps, events, facts, locale, t, tData],
  );

  return (
    // On a phone one column: the picture, the moment, the step bar, the text, then Previous and Next in a bar at the
    // foot of the screen (the left column's box is `contents` there, so its parts are this column's items). From md
    // up, the picture and the controls stay beside the text. The column keeps the height of the shown step only.
    <div
      {...swipe}
      className="flex touch-pan-y touch-pinch-zoom flex-col gap-4 md:grid md:grid-cols-[minmax(0,11fr)_minmax(0,10fr)] md:gap-8"
    >
      <div className="contents md:sticky md:top-4 md:block md:space-y-4 md:self-start">
        <CaseScene Drawing={drawing} scene={step.scene} label={tData(`caseView.scenes.${caseId}.${step.scene}`)} />
        {/* Too narrow for a phone (the dots crowd one another): there the moment's line below says when. One step
            embedded alone leaves it out at every width (a compact card in a blog post); the line says when too. */}
        {oneStep ? null : (
          <div className="max-sm:hidden">
            <p className="text-sm font-semibold">{t('timeline.title')}</p>
            <TimelineStrip caseId={caseId} events={events} current={current} momentAt={at} />
            <TimelineLegend />
          </div>
        )}
        {/* Every step's label in one cell: the line keeps the height of the longest. */}
        <div className="grid text-sm text-muted sm:-mt-3">
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
        <StepList labels={stepLabels} index={state.step} accent={caseId} onGo={go} />
        <StepNav count={steps.length} index={state.step} onGo={go} />
        <p id={`${baseId}-keys`} className="text-xs text-muted max-md:sr-only">
          {t('caseView.keys')}
        </p>
      </div>
      <div ref={panels} className="motion-safe:will-change-[opacity] md:self-start">
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
