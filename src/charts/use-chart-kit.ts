/** What every chart needs: its width (its container's, so it never overflows), the SVG for downloads, a tooltip, motion. */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { releaseHeight } from '../lib/height-hold';
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

export function useChartKit() {
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 640, height: 0 });
  const svgRef = useRef<SVGSVGElement>(null);
  const inView = useInView(containerRef);
  const reduced = usePrefersReducedMotion();
  const tooltip = useChartTooltip();
  // Measured (a content height of 0 is the fallback's): drawn for the real width, so an embed may report it.
  const measured = size.height > 0;
  useEffect(() => {
    if (measured) releaseHeight();
  }, [measured, size.width]);
  return {
    containerRef,
    svgRef,
    width: Math.max(120, Math.floor(size.width)),
    tooltip,
    /** Marks move to new values: never under reduced motion, and only once the chart has been seen. */
    motion: !reduced && inView,
    /** Embedded alone in a blog post (lib/surface.tsx): drawn denser, as height is scarce there. */
    dense: useEmbeddedPart() !== null,
    /** Not seen yet, and it will animate in when it is: marks wait at their start. */
    collapsed: !reduced && !inView,
  };
}

export type ChartKit = ReturnType<typeof useChartKit>;
