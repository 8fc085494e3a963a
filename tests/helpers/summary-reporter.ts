import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

/**
 * Prints one plain line, `vitest: N passed, N failed[, N skipped]`, as the very last line of `vitest run`.
 * Used beside the default reporter. Unlike vitest's own summary it counts as failures: test files that
 * failed to import/collect, errors thrown in hooks (beforeAll/afterAll), unhandled errors, and a failed
 * run with nothing else to show for it (e.g. no test files, a globalSetup that threw).
 */
export default class SummaryReporter implements Reporter {
  private line: string | undefined;
  private watch = false;

  onInit(vitest: Vitest): void {
    this.watch = vitest.config.watch;
    if (!this.watch) {
      // Print on exit so that nothing vitest logs while closing comes after our line.
      process.once('exit', (code) => {
        const line = this.line ?? (code !== 0 ? 'vitest: 0 passed, 1 failed' : undefined);
        if (line) process.stdout.write(`${line}\n`);
      });
    }
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;

    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'skipped') skipped += 1;
        else failed += 1; // 'failed', or 'pending' (never finished)
      }
      // A file that failed to import, or a hook that threw, fails without a failed test.
      if (testModule.errors().length > 0) failed += 1;
      for (const suite of testModule.children.allSuites()) {
        if (suite.errors().length > 0) failed += 1;
      }
    }
    failed += unhandledErrors.length;
    if (reason !== 'passed' && failed === 0) failed = 1;

    this.line = `vitest: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    if (this.watch) process.stdout.write(`${this.line}\n`);
  }
}
