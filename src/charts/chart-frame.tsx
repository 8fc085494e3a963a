import type { ReactNode, RefObject } from 'react';

export interface ChartFrameProps {
  containerRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  /** The accessible name of the SVG. */
  label: string;
  /** id of the element that describes the chart (its takeaway). */
  describedBy?: string;
  children: ReactNode;
  /** HTML drawn over the SVG (the tooltip). */
  overlay?: ReactNode;
}

/** The SVG, sized 1:1 to its container's width (measured by the caller), with room for an HTML tooltip. */
export function ChartFrame({ containerRef, svgRef, width, height, label, describedBy, children, overlay }: ChartFrameProps) {
  return (
    <div ref={containerRef} className="relative w-full">
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        aria-describedby={describedBy}
        className="block max-w-full touch-manipulation select-none"
        fontFamily="inherit"
      >
        {children}
      </svg>
      {overlay}
    </div>
  );
}
