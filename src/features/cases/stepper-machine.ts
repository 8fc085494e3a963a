/**
 * The state of a case view, as one pure reducer (unit-tested in tests/unit/stepper-machine.test.ts).
 *
 * A step change is split over two frames so that no single frame does all the work: first the picture moves
 * (`animating: 'picture'`, while the text still shows the step it showed), then the text follows and fades in
 * (`'text'`), then the view is settled. `textStep` is derived from that, never stored beside `step`.
 *
 * `target` is the step the reader asked for (the URL holds it); `step` is the step on screen. A press sets the
 * target at once (the announcement goes with it) and shows it in a transition render; a change of address from
 * elsewhere (back/forward, a shared link) jumps there without an announcement.
 */
export interface StepperState {
  /** The step the reader asked for, and the URL holds. */
  target: number;
  /** The step the picture shows. */
  step: number;
  /** The step shown before this one (null before the first move). */
  previous: number | null;
  animating: 'picture' | 'text' | null;
  /** The step to announce to screen readers (only after the reader moved; never on load). */
  announced: number | null;
}

export type StepperAction =
  /** The reader pressed a control or an arrow key: urgent, cheap. */
  | { type: 'press'; to: number }
  /** Render the target (dispatched in a transition after `press`). */
  | { type: 'show' }
  /** The address says another step than the target (back/forward): go there, quietly. */
  | { type: 'sync'; to: number }
  /** The view already shows this step (answered before the app took over: lib/early-press.ts): start there, still. */
  | { type: 'adopt'; to: number }
  /** One frame after the picture, the text follows; without motion there is nothing to wait for. */
  | { type: 'text'; motion: boolean }
  /** The text's fade has ended. */
  | { type: 'settle' };

export function initialStepper(step: number): StepperState {
  return { target: step, step, previous: null, animating: null, announced: null };
}

/** The step whose text is on screen: the previous one while the picture moves, then the new one. */
export function textStep(state: StepperState): number {
  return state.animating === 'picture' && state.previous !== null ? state.previous : state.step;
}

function moveTo(state: StepperState, to: number): StepperState {
  if (to === state.step) return state.target === to ? state : { ...state, target: to };
  return {
    ...state,
    target: to,
    previous: textStep(state),
    step: to,
    animating: 'picture',
  };
}

export function stepperReducer(state: StepperState, action: StepperAction): StepperState {
  switch (action.type) {
    case 'press':
      return { ...state, target: action.to, announced: action.to };
    case 'show':
      return moveTo(state, state.target);
    case 'sync':
      return { ...moveTo(state, action.to), announced: null };
    case 'adopt':
      return initialStepper(action.to);
    case 'text':
      return state.animating === 'picture' ? { ...state, animating: action.motion ? 'text' : null } : state;
    case 'settle':
      return state.animating === 'text' ? { ...state, animating: null } : state;
  }
}
