import type { ReactNode } from 'react';
import { ChartMotionContext } from './chart-motion';
import { ChartTooltip, TipLines } from './tooltip';
import type { ChartKit } from './use-chart-kit';

export interface ChartFrameProps {
  kit: ChartKit;
  /** Whether this is the chart's one measured and exported SVG (false: a drawing of another choice, see chart-options). */
  measured?: boolean;
  height: number;
  /** The accessible name of the SVG. */
  label: string;
  /** id of the element that describes the chart (its takeaway). */
  describedBy?: string;
  /** The tooltip's lines for a mark, by its id. */
  tip: (id: string) => readonly string[] | undefined;
  children: ReactNode;
}

/** The SVG, sized 1:1 to its container's width, its marks' motion switch, and the HTML tooltip over it. */
export function ChartFrame({ kit, measured = true, height, label, describedBy, tip, children }: ChartFrameProps) {
  const { containerRef, svgRef, width, tooltip, motion } = kit;
  const lines = tooltip.tip ? tip(tooltip.tip.id) : undefined;
  return (
    <div ref={measured ? containerRef : undefined} className="relative w-full">
      <svg
        ref={measured ? svgRef : undefined}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        aria-describedby={describedBy}
        className="block max-w-full touch-manipulation select-none"
        fontFamily="inherit"
      >
        <ChartMotionContext value={{ enabled: motion, width }}>{children}</ChartMotionContext>
      </svg>
      <ChartTooltip id={tooltip.tooltipId} tip={tooltip.tip} width={width}>
        {lines ? <TipLines lines={lines} /> : null}
      </ChartTooltip>
    </div>
  );
}
