import { startTransition, useCallback, useEffect, useLayoutEffect, useReducer, type RefObject } from 'react';
import { clearEarlyStep, earlyStep } from '../../lib/early-press';
import { useUrlParam } from '../../lib/url-state';
import { initialStepper, stepperReducer, textStep } from './stepper-machine';
import { parseStep } from '../../lib/parse-step';

/**
 * The case view's state machine, bound to the URL (`?alexa-step=3`) and to the frame clock: after a move the
 * text follows the picture one painted frame later. Back/forward and shared links sync it from the address.
 * A step the page showed before the app took over (`view`, lib/early-press.ts) is where the view starts, with no
 * motion; its early marks are cleared once the view shows it.
 */
export function useStepper(param: string, count: number, motion: boolean, view: RefObject<HTMLElement | null>) {
  const [raw, setRaw] = useUrlParam(param, { soon: true });
  const fromUrl = parseStep(raw, count);
  const [state, dispatch] = useReducer(stepperReducer, fromUrl, initialStepper);

  useLayoutEffect(() => {
    const early = earlyStep(view.current);
    if (early !== null && early < count) dispatch({ type: 'adopt', to: early });
  }, [view, count]);
  useLayoutEffect(() => {
    if (state.animating === null) clearEarlyStep(view.current, state.step);
  }, [view, state.step, state.animating]);

  // The address changed without a press (back/forward): follow it. React's pattern for state that follows an
  // input during render, so the view never paints the old step after the new address.
  if (fromUrl !== state.target) dispatch({ type: 'sync', to: fromUrl });

  const go = useCallback(
    (to: number) => {
      if (to < 0 || to >= count) return;
      setRaw(String(to + 1));
      dispatch({ type: 'press', to });
      // The picture, the text and the controls render in an interruptible render, so the press itself does
      // almost nothing on the main thread.
      startTransition(() => dispatch({ type: 'show' }));
    },
    [count, setRaw],
  );

  useEffect(() => {
    if (state.animating !== 'picture') return;
    // After the browser has painted the picture's first frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => dispatch({ type: 'text', motion }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [state.animating, state.step, motion]);

  const settle = useCallback(() => dispatch({ type: 'settle' }), []);
  return { state, text: textStep(state), go, settle };
}
