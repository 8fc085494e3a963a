import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  URL_WRITE_DELAY_MS,
  currentHref,
  flushUrl,
  readParam,
  subscribeToUrl,
  writeParam,
} from '../../src/lib/url-state';

afterEach(() => {
  flushUrl();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('url-state', () => {
  it('writes at once by default, keeping the hash and other parameters', () => {
    window.history.replaceState(null, '', '/?a=1#ring');
    writeParam('b', '2');
    expect(window.location.search).toBe('?a=1&b=2');
    expect(window.location.hash).toBe('#ring');
    writeParam('a', null);
    expect(window.location.search).toBe('?b=2');
  });

  it('a "soon" write is read back at once, and reaches the address bar after the delay in one replaceState', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?q=x#alexa');
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    const replace = vi.spyOn(window.history, 'replaceState');
    writeParam('alexa-step', '2', { soon: true });
    writeParam('alexa-step', '3', { soon: true });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(readParam('alexa-step')).toBe('3');
    expect(currentHref()).toBe(`${window.location.origin}/?q=x&alexa-step=3#alexa`);
    expect(window.location.search).toBe('?q=x');
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=x&alexa-step=3');
    expect(window.location.hash).toBe('#alexa');
    replace.mockRestore();
    unsubscribe();
  });

  it('a write now carries the waiting ones with it', () => {
    vi.useFakeTimers();
    writeParam('ring-step', '4', { soon: true });
    writeParam('source', 'clubic');
    expect(window.location.search).toBe('?ring-step=4&source=clubic');
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(window.location.search).toBe('?ring-step=4&source=clubic');
  });

  it('back/forward navigation drops writes still waiting', () => {
    vi.useFakeTimers();
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    writeParam('alexa-step', '5', { soon: true });
    window.history.pushState(null, '', '/?alexa-step=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(readParam('alexa-step')).toBe('2');
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(window.location.search).toBe('?alexa-step=2');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('leaving the page writes the waiting state first', () => {
    writeParam('alexa-step', '6', { soon: true });
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?alexa-step=6');
  });

  it('removing a parameter soon reads back as absent', () => {
    window.history.replaceState(null, '', '/?alexa-step=3');
    writeParam('alexa-step', null, { soon: true });
    expect(readParam('alexa-step')).toBeNull();
    flushUrl();
    expect(window.location.search).toBe('');
  });
});
