import { useRef } from 'react';
import type { PlacedTick } from './bar-layout';
import { useMarkMotion } from './chart-motion';
import { round } from './marks';

export interface AxisProps {
  ticks: readonly PlacedTick[];
  /** Top and bottom of the gridlines. */
  top: number;
  bottom: number;
  /** The axis title, drawn under the tick labels. */
  title?: string;
}

/** Gridlines and labels along the bottom of a horizontal bar chart. Ticks glide to a new scale; new ones fade in. */
export function AxisBottom({ ticks, top, bottom, title }: AxisProps) {
  return (
    <g aria-hidden="true" className="text-muted">
      {ticks.map((tick) => (
        <AxisTick key={tick.value} tick={tick} top={top} bottom={bottom} />
      ))}
      {title ? (
        <text x={0} y={bottom + 32} className="fill-muted" fontSize={12}>
          {title}
        </text>
      ) : null}
    </g>
  );
}

function AxisTick({ tick, top, bottom }: { tick: PlacedTick; top: number; bottom: number }) {
  const ref = useRef<SVGGElement>(null);
  const x = round(tick.x);
  useMarkMotion(ref, { x, y: 0, width: 0, height: 0 }, 'fade');
  return (
    <g ref={ref} data-tick={tick.value}>
      <line x1={x} x2={x} y1={top} y2={bottom} className="stroke-line" strokeWidth={1} />
      <text x={x} y={bottom + 14} textAnchor={tick.anchor} className="fill-muted" fontSize={12}>
        {tick.label}
      </text>
    </g>
  );
}
