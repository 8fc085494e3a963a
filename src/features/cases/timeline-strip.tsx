import { memo, useRef, useState } from 'react';
import type { CaseId } from '../../data/schemas';
import { useHydrated } from '../../lib/use-hydrated';
import { useAnimatedStyle } from '../../lib/use-animated-style';
import { useElementSize } from '../../lib/use-element-size';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { yearTicks, yearToX, type PlacedEvent } from './timeline-events';

const HEIGHT = 78;
const PAD = 14;
const ROW: Record<PlacedEvent['event']['case'], number> = { alexa: 18, both: 34, ring: 50 };
const FILL: Record<PlacedEvent['event']['case'], string> = { alexa: 'fill-alexa', both: 'fill-ink', ring: 'fill-ring' };
// will-change keeps each cursor on its own compositor layer between moves, so no move starts or ends with a repaint.
const LAYER = 'motion-safe:will-change-transform';
const MOVE_MS = 600;

interface Props {
  caseId: CaseId;
  events: readonly PlacedEvent[];
  /** The event the current step points at (highlighted), if any. */
  current: PlacedEvent | undefined;
  /** The current step's moment, in fractional years (the cursor). */
  momentAt: number | undefined;
}

/**
 * Both cases on one strip from 2017 to 2024: Alexa's events above the axis, Ring's below, the shared filing
 * on it. The cursor slides to the current step's moment. Decorative for screen readers: the step text
 * gives the moment's date, and the full list of events sits below the view.
 */
export const TimelineStrip = memo(function TimelineStrip({ caseId, events, current, momentAt }: Props) {
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 480, height: HEIGHT });
  // The cursor is positioned with an inline transform: drawn only once the page runs (see CaseScene).
  const hydrated = useHydrated();
  const width = Math.max(200, size.width);
  // Only a new moment slides the cursor. A new width (the first measure once the page runs, a turned phone) puts
  // it in place at once: a link to step 7 must not open on a cursor creeping there from the prerender's width.
  const [shown, setShown] = useState({ momentAt, width, moving: false });
  if (shown.momentAt !== momentAt || shown.width !== width)
    setShown({ momentAt, width, moving: shown.momentAt !== momentAt });
  const cursorX = momentAt === undefined ? undefined : yearToX(momentAt, PAD, width - PAD);
  const cursorY = current ? ROW[current.event.case] : ROW.both;
  return (
    <div ref={ref} className="pointer-events-none relative w-full" aria-hidden="true">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="block h-[78px] w-full" focusable="false">
        <Marks events={events} width={width} />
      </svg>
      {cursorX === undefined || !hydrated ? null : (
        <>
          {/* HTML boxes, so their moves run on the compositor. */}
          <Cursor
            className="left-0 top-1 h-14 w-0 border-l-[1.5px] border-dashed border-ink"
            transform={`translateX(${cursorX - 0.75}px)`}
            caseId={caseId}
            moving={shown.moving}
          />
          <Cursor
            className="-left-[9px] -top-[9px] size-[18px] rounded-full border-[2.5px] border-ink"
            transform={`translate(${cursorX}px, ${cursorY}px)`}
            moving={shown.moving}
          />
        </>
      )}
    </div>
  );
});

/** The cursor's line or ring, sliding to each new moment (at once under reduced motion). */
function Cursor({
  className,
  transform,
  caseId,
  moving,
}: {
  className: string;
  transform: string;
  caseId?: CaseId;
  moving: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const motion = !usePrefersReducedMotion() && moving;
  useAnimatedStyle(ref, { transform }, { motion, duration: MOVE_MS });
  return <div ref={ref} className={`absolute ${className} ${LAYER}`} style={{ transform }} data-cursor={caseId} />;
}

/** The axis, the year labels and every event: unchanged from step to step, so rendered once per size. */
const Marks = memo(function Marks({ events, width }: { events: readonly PlacedEvent[]; width: number }) {
  const x = (year: number) => yearToX(year, PAD, width - PAD);
  const ticks = yearTicks(width);
  return (
    <>
      <line x1={PAD} x2={width - PAD} y1={ROW.both} y2={ROW.both} className="stroke-line" strokeWidth={2} />
      {ticks.map((year) => (
        <g key={year} transform={`translate(${x(year)} 0)`}>
          <line y1={ROW.both - 4} y2={ROW.both + 4} className="stroke-line" strokeWidth={1.5} />
          <text
            y={HEIGHT - 4}
            textAnchor={year === ticks[0] ? 'start' : 'middle'}
            className="fill-muted text-[11px] tabular-nums"
          >
            {year}
          </text>
        </g>
      ))}
      {events.map((placed) => {
        const y = ROW[placed.event.case];
        const className = `${FILL[placed.event.case]} ${placed.own ? '' : 'opacity-45'}`;
        if (placed.endAt !== undefined) {
          const x1 = x(placed.at);
          const x2 = Math.max(x1 + 8, x(placed.endAt));
          return (
            <rect
              key={placed.event.id}
              x={x1 - 4}
              y={y - 4}
              width={x2 - x1 + 8}
              height={8}
              rx={4}
              className={className}
            />
          );
        }
        return (
          <circle
            key={placed.event.id}
            cx={x(placed.at)}
            cy={y}
            r={placed.event.case === 'both' ? 5.5 : 4.5}
            className={className}
          />
        );
      })}
    </>
  );
});
