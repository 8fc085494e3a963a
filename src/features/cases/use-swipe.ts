import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways, in CSS px, and how much more sideways than up or down, to be a swipe. */
const DISTANCE = 48;
const SLOPE = 1.5;

/**
 * A horizontal swipe with a finger or a pen, from pointer events: `onSwipe(1)` for a swipe to the left (on to the
 * next step), `onSwipe(-1)` to the right. The element it is spread on keeps `touch-action: pan-y pinch-zoom`, so
 * the browser still scrolls the page up and down and zooms it (a vertical drag ends in pointercancel, not in a
 * swipe), and leaves sideways moves to us. A mouse drag is left alone: it selects text. A press that starts on one
 * of the view's controls (`[data-go]`) is a press, not a swipe.
 */
export function useSwipe(onSwipe: (direction: 1 | -1) => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      const fromControl = event.target instanceof Element && event.target.closest('[data-go]');
      start.current =
        event.pointerType === 'mouse' || !event.isPrimary || fromControl
          ? null
          : { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) >= DISTANCE && Math.abs(dx) > SLOPE * Math.abs(dy)) onSwipe(dx < 0 ? 1 : -1);
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
