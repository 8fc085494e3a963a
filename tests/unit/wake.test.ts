import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoadAndPaint, PAINT_WAIT_MS } from '../../src/lib/wake';

/** A stand-in for the browser's PerformanceObserver that reports `paint` entries when the test says so. */
class FakePaintObserver {
  static supportedEntryTypes: readonly string[] = ['paint', 'largest-contentful-paint'];
  static reported: string[] = [];
  static live = new Set<FakePaintObserver>();
  constructor(private readonly callback: () => void) {}
  observe(options: { type: string; buffered?: boolean }): void {
    expect(options.type).toBe('paint');
    FakePaintObserver.live.add(this);
    // A buffered observer hears of paints reported before it started, as the browser does: in a later task.
    if (options.buffered && FakePaintObserver.reported.length) queueMicrotask(() => this.callback());
  }
  disconnect(): void {
    FakePaintObserver.live.delete(this);
  }
  /** The browser presents its first frame. */
  static paint(name = 'first-paint'): void {
    FakePaintObserver.reported.push(name);
    for (const observer of FakePaintObserver.live) observer.callback();
  }
}

const readyState = (state: DocumentReadyState) => vi.spyOn(document, 'readyState', 'get').mockReturnValue(state);
/** The page finishes loading. */
const load = () => {
  readyState('complete');
  window.dispatchEvent(new Event('load'));
};

describe('afterLoadAndPaint: after the load event and the first frame on screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakePaintObserver.reported = [];
    FakePaintObserver.live.clear();
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('waits for the browser to report its first paint, not only for an animation frame after the load', async () => {
    readyState('loading');
    const task = vi.fn();
    afterLoadAndPaint(task);
    load();
    // Frames run (a rAF alone would have started the task here), but nothing is on screen yet.
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).not.toHaveBeenCalled();
    FakePaintObserver.paint('first-contentful-paint');
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
    expect(FakePaintObserver.live.size).toBe(0);
  });

  it('goes on at once when the paint was reported before it was called (the observer is buffered)', async () => {
    readyState('complete');
    FakePaintObserver.paint();
    const task = vi.fn();
    afterLoadAndPaint(task);
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not wait for the paint before the load event', async () => {
    readyState('loading');
    const task = vi.fn();
    afterLoadAndPaint(task);
    FakePaintObserver.paint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).not.toHaveBeenCalled();
    load();
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('a page with nothing to paint goes on after PAINT_WAIT_MS, once', async () => {
    readyState('complete');
    const task = vi.fn();
    afterLoadAndPaint(task);
    await vi.advanceTimersByTimeAsync(PAINT_WAIT_MS - 100);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(task).toHaveBeenCalledTimes(1);
    FakePaintObserver.paint();
    await vi.advanceTimersByTimeAsync(PAINT_WAIT_MS);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('a browser without paint timing goes on one frame after the load', async () => {
    vi.stubGlobal(
      'PerformanceObserver',
      class extends FakePaintObserver {
        static override supportedEntryTypes = ['resource'];
      },
    );
    readyState('complete');
    const task = vi.fn();
    afterLoadAndPaint(task);
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
