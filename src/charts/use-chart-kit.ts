/** What every chart needs: its width (its container's, so it never overflows), the SVG for downloads, a tooltip, motion. */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useEmbeddedPart } from '../lib/surface';
import { useElementSize } from '../lib/use-element-size';
import { usePrefersReducedMotion } from '../lib/use-reduced-motion';
import { useChartTooltip } from './tooltip';

/** True once the element has been at least partly on screen (and at once where IntersectionObserver is missing). */
export function useInView<T extends Element>(ref: RefObject<T | null>, threshold = 0.25): boolean {
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || inView) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setInView(true);
          observer.disconnect();
        }
      },
      { threshold },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, inView, threshold]);
  return inView;
}

/** A phone's column, as a chart embedded alone is prerendered (360 px less the embed's 4 px edges). */
const PHONE_WIDTH = 352;

export function useChartKit() {
  // Until measured (and as prerendered): drawn for a 640 px column; a chart embedded alone, for a phone's, the
  // narrowest column a blog gives it, so that before its code arrives it is legible there and no taller anywhere.
  const dense = useEmbeddedPart() !== null;
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: dense ? PHONE_WIDTH : 640, height: 0 });
  const svgRef = useRef<SVGSVGElement>(null);
  const inView = useInView(containerRef);
  const reduced = usePrefersReducedMotion();
  const tooltip = useChartTooltip();
  return {
    containerRef,
    svgRef,
    width: Math.max(120, Math.floor(size.width)),
    tooltip,
    /** Marks move to new values: never under reduced motion, and only once the chart has been seen. */
    motion: !reduced && inView,
    /** Embedded alone in a blog post (lib/surface.tsx): drawn denser, as height is scarce there. */
    dense,
    /** Not seen yet, and it will animate in when it is: marks wait at their start. */
    collapsed: !reduced && !inView,
  };
}

export type ChartKit = ReturnType<typeof useChartKit>;
