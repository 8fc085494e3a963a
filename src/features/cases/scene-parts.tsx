/**
 * Small SVG drawings shared by both case scenes. Each is drawn around its own origin; `Part` places it.
 * Colours come from the theme variables (fill and stroke utilities), so they follow dark mode.
 */
import { useRef, type ReactNode } from 'react';
import { useAnimatedStyle } from '../../lib/use-animated-style';
import { SCENE_HEIGHT, SCENE_WIDTH, poseTransform, type Pose, type ScenePoses } from './scene-states';

/** Each part keeps its own compositor layer for good (motion only), so no move starts or ends with a repaint. */
const LAYER = 'motion-safe:will-change-[transform,opacity]';
const MOVE_MS = 600;

/**
 * One part of a scene, drawn around its own origin in a full-size, overflow-visible SVG inside a box moved by a
 * CSS transform. Transforming HTML boxes (not SVG elements) lets the browser run the move on the compositor,
 * so the main thread does no work per frame. Percentages of the layer's size map the scene's user units onto
 * whatever width the picture has. Under reduced motion every change is immediate.
 */
function Part({ pose, motion, children }: { pose: Pose; motion: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const style = { transform: poseTransform(pose), opacity: pose.o };
  useAnimatedStyle(ref, style, { motion, duration: MOVE_MS, delay: pose.delay });
  return (
    <div ref={ref} className={`absolute inset-0 origin-top-left ${LAYER}`} style={style}>
      <svg
        viewBox={`0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}`}
        className="block size-full overflow-visible"
        aria-hidden="true"
        focusable="false"
      >
        {children}
      </svg>
    </div>
  );
}

/**
 * Every drawing of a scene as its own layer, in the order the drawings are listed (later ones on top). `still`:
 * the same picture as one plain SVG, placed with SVG transform attributes rather than inline styles, which a
 * strict CSP blocks: what the prerendered page shows before (and without) its scripts.
 */
export function SceneLayers<P extends string>({
  drawings,
  poses,
  motion,
  still = false,
}: {
  drawings: Record<P, ReactNode>;
  poses: ScenePoses<P>;
  motion: boolean;
  still?: boolean;
}) {
  const parts = Object.keys(drawings) as P[];
  if (still) {
    const shown = parts.filter((part) => poses[part].o > 0);
    return (
      <svg
        viewBox={`0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}`}
        className="absolute inset-0 block size-full overflow-visible"
        aria-hidden="true"
        focusable="false"
      >
        {shown.map((part) => {
          const { x, y, s, o } = poses[part];
          return (
            <g key={part} transform={`translate(${x} ${y})${s === 1 ? '' : ` scale(${s})`}`} opacity={o}>
              {drawings[part]}
            </g>
          );
        })}
      </svg>
    );
  }
  return (
    <>
      {parts.map((part) => (
        <Part key={part} pose={poses[part]} motion={motion}>
          {drawings[part]}
        </Part>
      ))}
    </>
  );
}

export function Person({
  className = 'fill-muted',
  scale = 1,
  x = 0,
  y = 0,
}: {
  className?: string;
  scale?: number;
  x?: number;
  y?: number;
}) {
  return (
    <g className={className} transform={`translate(${x} ${y}) scale(${scale})`}>
      <circle cy={-30} r={8} />
      <path d="M-13 0 V-8 Q-13 -20 0 -20 Q13 -20 13 -8 V0 Z" />
    </g>
  );
}

export function Court() {
  const columns = [-42, -14, 14, 42];
  return (
    <g className="fill-panel stroke-ink" strokeWidth={2} strokeLinejoin="round">
      <path d="M-64 -36 L0 -68 L64 -36 Z" />
      <rect x={-60} y={-36} width={120} height={9} />
      {columns.map((x) => (
        <rect key={x} x={x - 6} y={-27} width={12} height={49} />
      ))}
      <rect x={-64} y={22} width={128} height={8} />
      <rect x={-72} y={30} width={144} height={8} />
      <circle cy={-48} r={6} className="fill-accent stroke-none" />
    </g>
  );
}

export function Doc() {
  return (
    <g>
      <rect x={-16} y={-21} width={32} height={42} rx={3} className="fill-panel stroke-ink" strokeWidth={2} />
      <path
        d="M-9 -11 H9 M-9 -4 H9 M-9 3 H9 M-9 10 H3"
        className="stroke-muted"
        strokeWidth={2}
        strokeLinecap="round"
      />
    </g>
  );
}

export function Seal() {
  return (
    <g>
      <circle r={13} className="fill-good" />
      <path
        d="M-6 0 L-2 5 L7 -5"
        fill="none"
        className="stroke-panel"
        strokeWidth={3}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </g>
  );
}

export function Shield() {
  return (
    <g>
      <path
        d="M0 -30 L24 -20 V2 C24 18 12 28 0 34 C-12 28 -24 18 -24 2 V-20 Z"
        className="fill-good-soft stroke-good"
        strokeWidth={2.5}
        strokeLinejoin="round"
      />
      <path
        d="M-9 1 L-2 8 L10 -6"
        fill="none"
        className="stroke-good"
        strokeWidth={3}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </g>
  );
}

export function Coin({ x = 0, y = 0 }: { x?: number; y?: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle r={12} className="fill-warn-soft stroke-warn" strokeWidth={2.5} />
      <circle r={6.5} fill="none" className="stroke-warn" strokeWidth={1.5} />
    </g>
  );
}

export function Company() {
  const windows = [-20, -4, 12].flatMap((x) => [-46, -30, -14].map((y) => [x, y] as const));
  return (
    <g>
      <rect x={-34} y={-58} width={68} height={84} rx={3} className="fill-panel stroke-ink" strokeWidth={2} />
      {windows.map(([x, y]) => (
        <rect key={`${x},${y}`} x={x} y={y} width={8} height={9} className="fill-line" />
      ))}
      <rect x={-8} y={4} width={16} height={22} className="fill-muted" />
    </g>
  );
}

export function Bubble() {
  return (
    <g>
      <path
        d="M-76 -30 H76 A10 10 0 0 1 86 -20 V20 A10 10 0 0 1 76 30 H-34 L-52 48 L-50 30 H-76 A10 10 0 0 1 -86 20 V-20 A10 10 0 0 1 -76 -30 Z"
        className="fill-panel stroke-ink"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <path
        d="M-64 -14 Q-68 -4 -62 2 M-54 -14 Q-58 -4 -52 2"
        fill="none"
        className="stroke-accent"
        strokeWidth={3}
        strokeLinecap="round"
      />
      <path d="M-40 -10 H66 M-40 2 H58 M-40 14 H30" className="stroke-muted" strokeWidth={3} strokeLinecap="round" />
    </g>
  );
}
