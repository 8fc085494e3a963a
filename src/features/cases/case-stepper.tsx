import { memo, useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LiveRegion } from '../../components/live-region';
import type { CaseBundle } from '../../data/model';
import { formatFact, useText } from '../../data/text';
import { useUrlParam } from '../../lib/url-state';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { CaseScene, type SceneDrawing } from './case-scene';
import { StepControls } from './step-controls';
import { StepPanel } from './step-panel';
import { TimelineLegend } from './timeline-legend';
import { TimelineStrip } from './timeline-strip';
import { useNextFrameValue } from './use-next-frame-value';
import { eventsForCase, momentEvent, momentYear, parseStep, stepForKey } from './utils';

/** Keys typed into a field inside the view stay with the field. */
function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The case told step by step: a picture that moves with the story, one timeline of both cases with the
 * current moment marked, Previous/Next and a step bar, arrow keys while the view has focus, an announcement
 * for screen readers, and the step in the URL (`?alexa-step=3`) so a shared link reopens it.
 */
export function CaseStepper({ bundle, drawing }: { bundle: CaseBundle; drawing: SceneDrawing }) {
  const { t } = useText();
  const { caseData } = bundle;
  const caseId = caseData.id;
  const count = caseData.steps.length;
  const [raw, setRaw] = useUrlParam(`${caseId}-step`, { soon: true });
  const index = parseStep(raw, count);
  // The announcement follows at once; the picture, the timeline, the controls and the text render just
  // after, in an interruptible render, so a press itself does almost nothing on the main thread.
  const shown = useDeferredValue(index);
  const [announcement, setAnnouncement] = useState('');
  const baseId = useId();
  const hintId = `${baseId}-keys`;

  const titles = useMemo(() => caseData.steps.map((s) => t(`cases.${caseId}.steps.${s.id}.title`)), [caseData.steps, caseId, t]);

  const go = useCallback(
    (next: number) => {
      if (next < 0 || next >= count) return;
      setRaw(String(next + 1));
      setAnnouncement(t('caseView.announce', { n: next + 1, count, title: titles[next] ?? '' }));
    },
    [count, setRaw, t, titles],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTextEntry(event.target)) return;
    const next = stepForKey(event.key, index, count);
    if (next === null) return;
    event.preventDefault();
    if (next !== index) go(next);
  };

  return (
    // The view takes focus so that the arrow keys can move between steps (a roving group, not a landmark).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-label={t(`caseView.label.${caseId}`)}
      aria-describedby={hintId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="relative rounded-xl border border-line bg-panel p-3 sm:p-5"
    >
      <StepperBody bundle={bundle} drawing={drawing} shown={shown} titles={titles} go={go} baseId={baseId} hintId={hintId} />
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
  bundle: CaseBundle;
  drawing: SceneDrawing;
  /** The step on screen (deferred: it follows the pressed one in a render of its own). */
  shown: number;
  titles: readonly string[];
  go: (index: number) => void;
  baseId: string;
  hintId: string;
}

/**
 * Everything but the announcement. Memoised: a press renders only the view's frame and the live region, and
 * this whole body once the deferred step arrives.
 */
const StepperBody = memo(function StepperBody({ bundle, drawing, shown, titles, go, baseId, hintId }: BodyProps) {
  const { t, locale } = useText();
  const { caseData, facts } = bundle;
  const caseId = caseData.id;
  // The text and the timeline follow one frame after the picture, so no frame does all the work at once.
  const textShown = useNextFrameValue(shown);
  const step = caseData.steps[shown] ?? caseData.steps[0]!;
  const textStep = caseData.steps[textShown] ?? step;
  const motion = !usePrefersReducedMotion();
  const panels = useRef<HTMLDivElement>(null);
  const firstText = useRef(textShown);

  useLayoutEffect(() => {
    // Fade the new text in (never on first render, never under reduced motion). Before paint, so the new
    // text never shows at full opacity first. The panels' box is its own compositor layer for good
    // (will-change), so the fade starts and ends without re-layering or repainting the page.
    if (firstText.current === textShown || !motion) return;
    firstText.current = -1;
    panels.current?.animate?.([{ opacity: 0 }, { opacity: 1 }], { duration: 400, easing: 'ease-out' });
  }, [textShown, motion]);

  const stepLabels = useMemo(() => titles.map((title, n) => t('caseView.stepButton', { n: n + 1, title })), [titles, t]);
  const events = useMemo(() => eventsForCase(bundle.timeline, facts, caseId), [bundle.timeline, facts, caseId]);
  const current = momentEvent(events, textStep.momentFactId, facts);
  const at = momentYear(textStep.momentFactId, facts);

  const momentLabels = useMemo(
    () =>
      caseData.steps.map((s) => {
        const placed = momentEvent(events, s.momentFactId, facts);
        if (!placed) return '';
        const date = placed.end ? `${formatFact(placed.start, locale)} – ${formatFact(placed.end, locale)}` : formatFact(placed.start, locale);
        return t('caseView.highlighted', { date, event: t(`timeline.events.${placed.event.id}`) });
      }),
    [caseData.steps, events, facts, locale, t],
  );

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,11fr)_minmax(0,10fr)] md:gap-8">
      <div className="space-y-4 md:sticky md:top-4 md:self-start">
        <CaseScene Drawing={drawing} scene={step.scene} label={t(`caseView.scenes.${caseId}.${step.scene}`)} />
        <div>
          <p className="text-sm font-semibold">{t('timeline.title')}</p>
          <TimelineStrip caseId={caseId} events={events} current={current} momentAt={at} />
          <TimelineLegend />
          {/* Every step's label in one cell: the line keeps the height of the longest. */}
          <div className="mt-1 grid text-sm text-muted">
            {momentLabels.map((label, stepIndex) => (
              <p key={caseData.steps[stepIndex]?.id} aria-hidden={stepIndex === textShown ? undefined : true} className={`[grid-area:1/1] ${stepIndex === textShown ? 'visible' : 'invisible'}`}>
                {label}
              </p>
            ))}
          </div>
        </div>
        <StepControls labels={stepLabels} index={shown} accent={caseId} onGo={go} />
        <p id={hintId} className="text-xs text-muted max-md:sr-only">
          {t('caseView.keys')}
        </p>
      </div>
      <div ref={panels} className="grid motion-safe:will-change-[opacity]">
        {caseData.steps.map((s, stepIndex) => (
          <StepPanel key={s.id} bundle={bundle} step={s} index={stepIndex} current={stepIndex === textShown} headingId={`${baseId}-step-${s.id}`} />
        ))}
      </div>
    </div>
  );
});
