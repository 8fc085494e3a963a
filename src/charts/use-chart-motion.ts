/**
 * Motion for charts: start when the chart first comes into view, tween positions when a setting changes,
 * and jump straight to the final state under reduced motion. Only numbers are tweened; charts turn them
 * into `transform`s, so each frame is a cheap re-render of a few attributes.
 */
import { easeCubicInOut } from 'd3-ease';
import { timer } from 'd3-timer';
import { useEffect, useState, type RefObject } from 'react';
import { usePrefersReducedMotion } from '../lib/use-reduced-motion';

export type Position = (value: number) => number;

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

export interface MotionOptions {
  /** Where marks start before the chart first comes into view (e.g. every value at the axis origin). */
  initial: Position;
  /** Start animating (usually: the chart is in view). */
  active: boolean;
  duration?: number;
}

/**
 * A position function that moves from what was shown to `target` whenever `key` changes (a setting) or
 * the chart becomes active (first in view). Under reduced motion it is `target`, immediately.
 */
export function useAnimatedPosition(target: Position, key: string, { initial, active, duration = 750 }: MotionOptions): Position {
  const reduced = usePrefersReducedMotion();
  const [frame, setFrame] = useState<{ key: string; from: Position; to: Position; t: number }>(() => ({ key, from: initial, to: target, t: 0 }));
  if (frame.key !== key) {
    // A setting changed: start from what was drawn (adjusting state during render, so no frame shows the end state first).
    setFrame({ key, from: frame.t >= 1 ? frame.to : mix(frame.from, frame.to, frame.t), to: target, t: 0 });
  }
  const shown: Position = reduced || frame.t >= 1 ? target : mix(frame.from, target, frame.t);
  useEffect(() => {
    if (!active || reduced) return;
    const run = timer((elapsed) => {
      const progress = Math.min(1, elapsed / duration);
      setFrame((current) => ({ ...current, t: easeCubicInOut(progress) }));
      if (progress >= 1) run.stop();
    });
    return () => run.stop();
  }, [key, active, reduced, duration]);
  return shown;
}

function mix(from: Position, to: Position, t: number): Position {
  return (value) => {
    const start = from(value);
    return start + (to(value) - start) * t;
  };
}
