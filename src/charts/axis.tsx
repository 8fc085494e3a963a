import type { Position } from './use-chart-motion';
import type { Tick } from './ticks';

export interface AxisProps {
  ticks: readonly Tick[];
  x: Position;
  /** Top and bottom of the gridlines. */
  top: number;
  bottom: number;
  width: number;
  /** The axis title, drawn under the tick labels. */
  title?: string;
}

export const AXIS_HEIGHT = 40;

/** Gridlines and labels along the bottom of a horizontal bar chart. Each tick is moved by transform, so it can glide. */
export function AxisBottom({ ticks, x, top, bottom, width, title }: AxisProps) {
  return (
    <g aria-hidden="true" className="text-muted">
      {ticks.map((tick) => {
        const position = x(tick.value);
        const anchor = position < 24 ? 'start' : position > width - 24 ? 'end' : 'middle';
        return (
          <g key={tick.value} transform={`translate(${round(position)},0)`} data-tick={tick.value}>
            <line y1={top} y2={bottom} className="stroke-line" strokeWidth={1} />
            <text y={bottom + 14} textAnchor={anchor} className="fill-muted" fontSize={12}>
              {tick.label}
            </text>
          </g>
        );
      })}
      {title ? (
        <text x={0} y={bottom + 32} className="fill-muted" fontSize={12}>
          {title}
        </text>
      ) : null}
    </g>
  );
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
