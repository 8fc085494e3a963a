import { useLayoutEffect, useRef, type RefObject } from 'react';

/** The animatable part of an inline style: what a moving box's layer changes from one state to the next. */
export interface AnimatedStyle {
  transform: string;
  opacity?: number;
}

export interface AnimateOptions {
  /** False under reduced motion: every change is immediate. */
  motion: boolean;
  duration: number;
  /** Wait before moving, in ms (the box holds its old place meanwhile). */
  delay?: number;
  easing?: string;
}

const same = (a: AnimatedStyle, b: AnimatedStyle) =>
  a.transform === b.transform && (a.opacity ?? 1) === (b.opacity ?? 1);

const keyframe = (style: AnimatedStyle): Keyframe => ({
  transform: style.transform,
  opacity: String(style.opacity ?? 1),
});

/**
 * A change that arrives mid-move: stop the running animation and say where the element is on screen at this
 * moment (the animation is part of its computed style), so the next move starts there. Null when nothing runs.
 */
function interrupt(
  running: RefObject<Animation | null>,
  element: Element,
): { transform: string; opacity: string } | null {
  const current = running.current;
  if (!current || current.playState === 'finished' || current.playState === 'idle') return null;
  const { transform, opacity } = getComputedStyle(element);
  current.cancel();
  return { transform, opacity };
}

/**
 * Animates a box from its previous inline `transform`/`opacity` to the one just rendered, with the Web
 * Animations API; the caller renders the new values as the inline style, so the box ends (and, without
 * motion, simply is) where React put it.
 *
 * Why not a CSS transition: every transition fires transitionrun, transitionstart and transitionend events,
 * which bubble to React's root listeners: with some twenty moving parts per step, that was dozens of
 * event dispatches on the main thread in the frames of each step change. Web Animations fire no DOM events,
 * and like transitions of transform and opacity they run on the compositor.
 *
 * A change that arrives mid-move starts from where the box is on screen at that moment.
 */
export function useAnimatedStyle(
  ref: RefObject<HTMLElement | null>,
  style: AnimatedStyle,
  { motion, duration, delay = 0, easing = 'ease-in-out' }: AnimateOptions,
): void {
  const previous = useRef(style);
  const running = useRef<Animation | null>(null);
  const { transform, opacity } = style;
  useLayoutEffect(() => {
    const target: AnimatedStyle = { transform, opacity };
    const from = previous.current;
    previous.current = target;
    const element = ref.current;
    if (!motion) {
      running.current?.cancel();
      running.current = null;
      return;
    }
    if (!element || typeof element.animate !== 'function' || same(from, target)) return;
    const onScreen = interrupt(running, element);
    const start = onScreen ? { transform: onScreen.transform, opacity: onScreen.opacity } : keyframe(from);
    running.current = element.animate([start, keyframe(target)], { duration, delay, easing, fill: 'backwards' });
  }, [ref, transform, opacity, motion, duration, delay, easing]);
}

// ---------- SVG marks: the same motion for a box laid out by attributes ----------

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

/**
 * Fade an element in (content that just replaced other content), with Web Animations like every move here.
 * Returns when it has ended; at once without motion, or where Element.animate is missing.
 */
export function fadeIn(
  element: HTMLElement | null,
  { motion, duration = 400 }: { motion: boolean; duration?: number },
): Promise<void> {
  if (!motion || !element || typeof element.animate !== 'function') return Promise.resolve();
  return element.animate([{ opacity: 0 }, { opacity: 1 }], { duration, easing: 'ease-out' }).finished.then(
    () => undefined,
    () => undefined,
  );
}
