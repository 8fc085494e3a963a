import type { ReactNode, SVGProps } from 'react';
import { round } from './axis';

/** Rough width of a label in px (for placing it inside or beside a bar). */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.58;
}

export interface HBarProps {
  /** Left and right edges in px (already through the animated scale). */
  x0: number;
  x1: number;
  y: number;
  height: number;
  /** Fill class for the bar, e.g. `fill-alexa`. */
  fill: string;
  fillOpacity?: number;
  /** Value label at the end of the bar; placed inside when there is no room to its right. */
  valueLabel?: string;
  /** Right edge of the drawing area, for placing the value label. */
  maxX: number;
  /** A transparent hit area covering the whole row, so small bars are easy to hover and tap. */
  hitArea?: { y: number; height: number; width: number };
  focused: boolean;
  markProps: SVGProps<SVGGElement>;
  children?: ReactNode;
}

/**
 * A horizontal bar drawn as a 1-px rect stretched with `transform`, so moving and resizing it animates
 * transform only. The group is the focusable mark; a focus ring is drawn around the bar when focused.
 */
export function HBar({ x0, x1, y, height, fill, fillOpacity, valueLabel, maxX, hitArea, focused, markProps, children }: HBarProps) {
  const width = Math.max(0, x1 - x0);
  const labelWidth = valueLabel ? textWidth(valueLabel) + 6 : 0;
  const inside = valueLabel !== undefined && x1 + labelWidth > maxX && width > labelWidth + 4;
  return (
    <g {...markProps} className="cursor-pointer outline-none">
      {hitArea ? <rect x={0} y={hitArea.y} width={hitArea.width} height={hitArea.height} fill="transparent" /> : null}
      <rect data-bar="" x={0} y={0} width={1} height={height} className={fill} fillOpacity={fillOpacity} transform={`translate(${round(x0)},${round(y)}) scale(${round(width)},1)`} data-x0={round(x0)} data-width={round(width)} />
      {valueLabel ? (
        <text
          transform={`translate(${round(inside ? x1 - 4 : x1 + 4)},${round(y + height / 2)})`}
          textAnchor={inside ? 'end' : 'start'}
          dominantBaseline="central"
          fontSize={12}
          fontWeight={600}
          className={inside ? 'fill-page' : 'fill-ink'}
        >
          {valueLabel}
        </text>
      ) : null}
      {children}
      {focused ? <rect x={round(x0 - 3)} y={round(y - 3)} width={round(width + 6)} height={height + 6} fill="none" className="stroke-[var(--focus)]" strokeWidth={2} rx={2} /> : null}
    </g>
  );
}
