import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts on purpose: the Tailwind plugin is not needed (nor wanted) under jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // expect.poll waits for a state; this is its upper bound, not a wait (it returns as soon as the state is there).
    // Vitest's 1 s default fails on a 2-core machine busy with other work (a frame's first report, a section's code).
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup-dom.ts'],
          // Whole sections render in jsdom; on a loaded 2-core machine that can pass 5 s.
          testTimeout: 15_000,
          css: false,
        },
      },
      {
        extends: true,
        test: {
          // Type tests (*.test-d.ts): tsc checks them (and what they import) with the project's compiler options, and
          // a wrong type or an unused expect-error directive fails `vitest run`. Nothing in them runs.
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['tests/**/*.test-d.ts'],
            tsconfig: './tests/tsconfig.type-tests.json',
          },
        },
      },
      {
        extends: true,
        test: {
          // Checks of the project's tooling itself (lint rules, formatting), in Node.
          name: 'tools',
          environment: 'node',
          include: ['tests/tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['./tests/helpers/global-setup-browser.ts'],
          // One Chromium at a time: 2-core machines.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
