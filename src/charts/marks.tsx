/**
 * Small chart parts, visx style: each draws one SVG element laid out by its attributes, passes the rest of its
 * props through, and moves on the chart's motion (chart-motion.ts) when its geometry changes.
 */
import { useRef, type ReactNode, type SVGProps } from 'react';
import { useMarkMotion } from './chart-motion';
import type { Anchor, ChartTooltipApi } from './tooltip';

/** Pixel values as written into the markup: two decimals at most. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

type Geometry = { x: number; y: number; width: number; height: number };
type RectProps = Omit<SVGProps<SVGRectElement>, keyof Geometry | 'ref'> & Geometry;

/** A bar: a rect that grows from its start edge when it appears, and glides when its value or scale changes. */
export function Bar({ x, y, width, height, ...rest }: RectProps) {
  const ref = useRef<SVGRectElement>(null);
  const box = { x: round(x), y: round(y), width: round(Math.max(0, width)), height: round(height) };
  useMarkMotion(ref, box, 'grow');
  return <rect ref={ref} data-bar="" {...box} {...rest} />;
}

type TextProps = Omit<SVGProps<SVGTextElement>, 'x' | 'y' | 'ref' | 'opacity'>;

/** A bar's value, at its end: dark beside the bar, or light inside it (`inside`: anchored at the end). */
export function ValueLabel({
  x,
  y,
  inside,
  opacity = 1,
  children,
  ...rest
}: TextProps & { x: number; y: number; inside: boolean; opacity?: number; children: ReactNode }) {
  const ref = useRef<SVGTextElement>(null);
  const at = { x: round(x), y: round(y) };
  useMarkMotion(ref, { ...at, width: 0, height: 0, opacity }, 'fade');
  return (
    <text
      ref={ref}
      {...at}
      opacity={opacity === 1 ? undefined : opacity}
      textAnchor={inside ? 'end' : 'start'}
      dominantBaseline="central"
      fontSize={12}
      fontWeight={600}
      className={inside ? 'fill-page' : 'fill-ink'}
      {...rest}
    >
      {children}
    </text>
  );
}

/** A focusable mark (role img, its full statement as its name) that shows the chart's tooltip on focus, hover and tap. */
export function MarkTarget({
  id,
  name,
  tipAt,
  tooltip,
  children,
}: {
  id: string;
  name: string;
  tipAt: Anchor;
  tooltip: ChartTooltipApi;
  children: ReactNode;
}) {
  return (
    <g {...tooltip.markProps(id, tipAt, name)} className="cursor-pointer">
      {children}
    </g>
  );
}

/** A transparent rect that makes a whole row a hover and tap target, however short its bar. */
export function HitArea({ y, width, height }: { y: number; width: number; height: number }) {
  return <rect x={0} y={round(y)} width={round(width)} height={round(height)} fill="transparent" />;
}

/** The ring around an active mark (keyboard focus, or its tooltip showing). */
export function FocusRing({ x, y, width, height, gap = 3 }: Geometry & { gap?: number }) {
  return (
    <rect
      x={round(x - gap)}
      y={round(y - gap)}
      width={round(width + 2 * gap)}
      height={round(height + 2 * gap)}
      fill="none"
      className="stroke-[var(--focus)]"
      strokeWidth={2}
      rx={2}
    />
  );
}

/** A group that grows out of its origin when `shown` turns true (drawn at scale 0 until then). */
export function GrowFromOrigin({
  shown,
  width,
  height,
  duration,
  children,
}: {
  shown: boolean;
  width: number;
  height: number;
  duration?: number;
  children: ReactNode;
}) {
  const ref = useRef<SVGGElement>(null);
  useMarkMotion(
    ref,
    { x: 0, y: 0, width: shown ? round(width) : 0, height: shown ? round(height) : 0 },
    undefined,
    duration,
  );
  return (
    <g ref={ref} transform={shown ? undefined : 'scale(0)'}>
      {children}
    </g>
  );
}
