import { describe, expect, it } from 'vitest';
import {
  initialStepper,
  stepperReducer,
  textStep,
  type StepperAction,
  type StepperState,
} from '../../src/features/cases/stepper-machine';

const run = (state: StepperState, ...actions: StepperAction[]) => actions.reduce(stepperReducer, state);

describe('the case view’s state machine', () => {
  it('opens on the step from the address, settled and silent', () => {
    expect(initialStepper(2)).toEqual({
      target: 2,
      step: 2,
      previous: null,
      animating: null,
      announced: null,
    });
  });

  it('a press announces at once, then the picture moves while the old text stays, then the text follows and fades', () => {
    const pressed = run(initialStepper(0), { type: 'press', to: 1 });
    expect(pressed).toMatchObject({ target: 1, step: 0, announced: 1, animating: null });
    const shown = run(pressed, { type: 'show' });
    expect(shown).toMatchObject({ step: 1, previous: 0, animating: 'picture' });
    expect(textStep(shown)).toBe(0);
    const text = run(shown, { type: 'text', motion: true });
    expect(text.animating).toBe('text');
    expect(textStep(text)).toBe(1);
    expect(run(text, { type: 'settle' }).animating).toBeNull();
  });

  it('without motion the text follows and the view is settled in the same step', () => {
    const state = run(initialStepper(3), { type: 'press', to: 2 }, { type: 'show' }, { type: 'text', motion: false });
    expect(state).toMatchObject({ step: 2, previous: 3, animating: null });
    expect(textStep(state)).toBe(2);
  });

  it('a second press while the picture moves starts from the text on screen', () => {
    const state = run(
      initialStepper(0),
      { type: 'press', to: 1 },
      { type: 'show' },
      { type: 'press', to: 2 },
      { type: 'show' },
    );
    expect(state).toMatchObject({ step: 2, previous: 0, animating: 'picture' });
    expect(textStep(state)).toBe(0);
  });

  it('back/forward moves quietly, and a press to the step already shown changes nothing', () => {
    const synced = run(initialStepper(0), { type: 'press', to: 1 }, { type: 'show' }, { type: 'sync', to: 4 });
    expect(synced).toMatchObject({ target: 4, step: 4, announced: null });
    const same = initialStepper(1);
    expect(run(same, { type: 'show' })).toBe(same);
  });

  it('ignores stray frame and fade events', () => {
    const settled = initialStepper(1);
    expect(run(settled, { type: 'text', motion: true }, { type: 'settle' })).toBe(settled);
  });

  it('adopts a step the page already shows (answered before the app took over): there, settled, with no motion', () => {
    const adopted = run(initialStepper(0), { type: 'adopt', to: 5 });
    expect(adopted).toEqual({ target: 5, step: 5, previous: null, animating: null, announced: null });
    expect(textStep(adopted)).toBe(5);
  });
});
