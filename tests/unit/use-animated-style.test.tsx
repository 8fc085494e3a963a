import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fadeIn, useAnimatedStyle } from '../../src/lib/use-animated-style';

function Box({
  transform,
  opacity,
  motion = true,
  delay = 0,
}: {
  transform: string;
  opacity?: number;
  motion?: boolean;
  delay?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useAnimatedStyle(ref, { transform, opacity }, { motion, duration: 600, delay });
  return <div ref={ref} data-testid="box" style={{ transform, opacity }} />;
}

/** A stand-in for Element.animate (jsdom has none): records each call and returns a controllable Animation. */
function mockAnimate() {
  const calls: {
    keyframes: Keyframe[];
    options: KeyframeAnimationOptions;
    animation: { playState: string; cancel: () => void };
  }[] = [];
  const animate = vi.fn(function (keyframes: Keyframe[], options: KeyframeAnimationOptions) {
    const animation = { playState: 'running', cancel: vi.fn(() => (animation.playState = 'idle')) };
    calls.push({ keyframes, options, animation });
    return animation as unknown as Animation;
  });
  HTMLElement.prototype.animate = animate as unknown as HTMLElement['animate'];
  return calls;
}

afterEach(() => {
  delete (HTMLElement.prototype as Partial<HTMLElement>).animate;
  vi.restoreAllMocks();
});

describe('useAnimatedStyle', () => {
  it('does not animate on first render, then animates from the old style to the new one, holding the old during the delay', () => {
    const calls = mockAnimate();
    const { rerender, getByTestId } = render(<Box transform="translate(0%, 0%)" opacity={0} />);
    expect(calls).toHaveLength(0);
    rerender(<Box transform="translate(10%, 20%)" opacity={1} delay={150} />);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.keyframes).toEqual([
      { transform: 'translate(0%, 0%)', opacity: '0' },
      { transform: 'translate(10%, 20%)', opacity: '1' },
    ]);
    expect(calls[0]!.options).toMatchObject({ duration: 600, delay: 150, fill: 'backwards' });
    // The inline style is already the end state: the animation only covers the way there.
    expect(getByTestId('box').style.transform).toBe('translate(10%, 20%)');
  });

  it('a re-render with the same style starts nothing', () => {
    const calls = mockAnimate();
    const { rerender } = render(<Box transform="translateX(4px)" />);
    rerender(<Box transform="translateX(4px)" />);
    expect(calls).toHaveLength(0);
  });

  it('a change mid-move cancels the running move and starts from where the box is on screen', () => {
    const calls = mockAnimate();
    const { rerender } = render(<Box transform="translateX(0px)" />);
    rerender(<Box transform="translateX(100px)" />);
    vi.spyOn(window, 'getComputedStyle').mockReturnValue({
      transform: 'matrix(1, 0, 0, 1, 40, 0)',
      opacity: '1',
    } as CSSStyleDeclaration);
    rerender(<Box transform="translateX(200px)" />);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.animation.cancel).toHaveBeenCalled();
    expect(calls[1]!.keyframes[0]).toEqual({ transform: 'matrix(1, 0, 0, 1, 40, 0)', opacity: '1' });
    expect(calls[1]!.keyframes[1]).toEqual({ transform: 'translateX(200px)', opacity: '1' });
  });

  it('under reduced motion every change is immediate, and a running move is stopped', () => {
    const calls = mockAnimate();
    const { rerender, getByTestId } = render(<Box transform="translateX(0px)" />);
    rerender(<Box transform="translateX(100px)" />);
    rerender(<Box transform="translateX(200px)" motion={false} />);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.animation.cancel).toHaveBeenCalled();
    expect(getByTestId('box').style.transform).toBe('translateX(200px)');
  });

  // Motion allowed but no Element.animate (old browsers): the component tests never take this path (jsdom's
  // matchMedia stub reads as reduced motion), so this is its one test. The guard must come before any work for a
  // move: reading where the box is on screen (getComputedStyle, a forced style recalculation) is only for stopping
  // a running animation, and there is none.
  it('without Element.animate, with motion allowed, a change is the end style at once and nothing is measured', async () => {
    expect(typeof (HTMLElement.prototype as Partial<HTMLElement>).animate).toBe('undefined');
    const computed = vi.spyOn(window, 'getComputedStyle');
    const { rerender, getByTestId } = render(<Box transform="translateX(0px)" opacity={0} />);
    rerender(<Box transform="translateX(50px)" opacity={1} />);
    rerender(<Box transform="translateX(80px)" opacity={0.5} />);
    expect(getByTestId('box').style.transform).toBe('translateX(80px)');
    expect(getByTestId('box').style.opacity).toBe('0.5');
    expect(computed).not.toHaveBeenCalled();
    // A fade resolves without waiting for an animation that cannot run.
    let faded = false;
    void fadeIn(getByTestId('box')).then(() => (faded = true));
    await Promise.resolve();
    expect(faded).toBe(true);
  });
});
