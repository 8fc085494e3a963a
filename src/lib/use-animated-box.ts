/** SVG marks on the motion system of use-animated-style.ts: the same moves, for a box laid out by attributes. */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { interrupt, type AnimateOptions } from './use-animated-style';

/**
 * Where an SVG mark is laid out, in its user units, by its own attributes (x, y, width, height): a bar, or a
 * point (width and height 0) such as a label's anchor or a gridline.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  opacity?: number;
}

export interface AnimateBoxOptions extends AnimateOptions {
  /** How a mark that appears while motion is on comes in: growing from its start edge, or fading in. */
  enter?: 'grow' | 'fade';
  /** A change that comes with a new `jumpKey` (say the drawing's width: a resize) is immediate. */
  jumpKey?: string | number;
}

/**
 * The CSS transform that draws a mark laid out at `to` where `from` is: a translate, then a scale about the
 * user-space origin (the default transform-origin of an SVG element). The same function list as the end
 * keyframe, so the two interpolate number by number, even from a scale of 0.
 */
export function boxTransform(from: Box, to: Box): string {
  const sx = to.width > 0 ? from.width / to.width : 1;
  const sy = to.height > 0 ? from.height / to.height : 1;
  return `translate(${from.x - sx * to.x}px, ${from.y - sy * to.y}px) scale(${sx}, ${sy})`;
}

const IDENTITY = 'translate(0px, 0px) scale(1, 1)';

const sameBox = (a: Box, b: Box) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && (a.opacity ?? 1) === (b.opacity ?? 1);

/** Where a mark laid out at `box` is drawn under a computed `transform` (a 2D matrix without rotation). */
function underTransform(box: Box, transform: string, opacity: string): Box {
  const m = /matrix\(([^)]+)\)/.exec(transform)?.[1]?.split(',').map(Number) ?? [1, 0, 0, 1, 0, 0];
  const [a = 1, , , d = 1, e = 0, f = 0] = m;
  return { x: a * box.x + e, y: d * box.y + f, width: a * box.width, height: d * box.height, opacity: Number(opacity) };
}

/**
 * `useAnimatedStyle` for SVG marks: React renders the new geometry as attributes (so the markup, the exported
 * image and reduced motion all see the final picture), and a Web Animation of `transform`/`opacity` carries
 * the mark there from where it was drawn (FLIP). No React render per frame; nothing is animated without
 * `motion`. A change mid-move starts from where the mark is on screen at that moment.
 */
export function useAnimatedBox(
  ref: RefObject<Element | null>,
  box: Box,
  { motion, duration, delay = 0, easing = 'ease-in-out', enter, jumpKey }: AnimateBoxOptions,
): void {
  const previous = useRef<{ box: Box; jumpKey: AnimateBoxOptions['jumpKey'] } | null>(null);
  const running = useRef<Animation | null>(null);
  const { x, y, width, height, opacity = 1 } = box;
  useLayoutEffect(() => {
    const target: Box = { x, y, width, height, opacity };
    const last = previous.current;
    previous.current = { box: target, jumpKey };
    const element = ref.current;
    if (!motion || (last && last.jumpKey !== jumpKey)) {
      running.current?.cancel();
      running.current = null;
      return;
    }
    const from = last
      ? last.box
      : enter === 'grow'
        ? { ...target, width: 0 }
        : enter === 'fade'
          ? { ...target, opacity: 0 }
          : null;
    if (!from || !element || typeof element.animate !== 'function' || sameBox(from, target)) return;
    const onScreen = interrupt(running, element);
    const start = onScreen ? underTransform(from, onScreen.transform, onScreen.opacity) : from;
    running.current = element.animate(
      [
        { transform: boxTransform(start, target), opacity: String(start.opacity ?? 1) },
        { transform: IDENTITY, opacity: String(opacity) },
      ],
      { duration, delay, easing, fill: 'backwards' },
    );
  }, [ref, x, y, width, height, opacity, motion, duration, delay, easing, enter, jumpKey]);
}
