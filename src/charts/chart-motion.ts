/**
 * How chart marks move: on the project's one motion system (useAnimatedBox, Web Animations), switched on and
 * off per chart by ChartFrame (never under reduced motion; only once the chart has been seen). A resize of the
 * chart moves nothing: its marks jump to their new places.
 */
import { createContext, useContext, type RefObject } from 'react';
import { useAnimatedBox, type AnimateBoxOptions, type Box } from '../lib/use-animated-box';

export interface ChartMotion {
  enabled: boolean;
  /** The drawing's width: when it changes, marks jump. */
  width: number;
}

export const ChartMotionContext = createContext<ChartMotion>({ enabled: false, width: 0 });

const DURATION = 750;
/** d3's easeCubicInOut, as CSS. */
const EASING = 'cubic-bezier(0.65, 0, 0.35, 1)';

/** Carry a mark laid out at `box` there from where it was drawn (or bring it in, as `enter` says). */
export function useMarkMotion(
  ref: RefObject<Element | null>,
  box: Box,
  enter?: AnimateBoxOptions['enter'],
  duration = DURATION,
): void {
  const { enabled, width } = useContext(ChartMotionContext);
  useAnimatedBox(ref, box, { motion: enabled, duration, easing: EASING, enter, jumpKey: width });
}
