/**
 * The project's one motion system: Web Animations of `transform` and `opacity`, switched off by the caller's
 * `motion` flag (false under reduced motion). Boxes laid out by CSS move with `useAnimatedStyle`, content fades
 * in with `fadeIn`; SVG marks laid out by attributes move with `useAnimatedBox` (use-animated-box.ts, on the
 * same helpers, in its own file so pages without charts do not load it).
 */
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
export function interrupt(
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

/**
 * Fade an element in (content that just replaced other content), with Web Animations like every move here.
 * Returns when it has ended; at once where Element.animate is missing. The caller decides whether to move at all.
 */
export function fadeIn(element: HTMLElement | null): Promise<void> {
  if (!element || typeof element.animate !== 'function') return Promise.resolve();
  return element.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 400, easing: 'ease-out' }).finished.then(
    () => undefined,
    () => undefined,
  );
}
