import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { flushUrl } from '../src/lib/url-state';

// How long findBy* and waitFor wait for a state before they give up: not a time any test waits for (each returns as
// soon as its state is there), the upper bound. Testing Library's 1 s default fails on a 2-core machine busy with
// other work, where a section's lazy chunks and data files can take several seconds to arrive under jsdom. Below
// the project's 15 s test timeout (vitest.config.ts), so a state that never comes fails with the query's message.
configure({ asyncUtilTimeout: 10_000 });

// Every test starts from a clean page: no rendered tree, no stubbed fetch or spies, no waiting URL write, the
// address back at the root.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  flushUrl();
  window.history.replaceState(null, '', '/');
});

// jsdom has no matchMedia: answer "no match" for every query (so prefers-reduced-motion: reduce is false).
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: vi.fn((query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(() => false),
    })),
  });
}

// jsdom has no ResizeObserver: a no-op one (components fall back to their default size).
if (typeof globalThis.ResizeObserver === 'undefined') {
  class ResizeObserverStub implements ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = ResizeObserverStub;
}
