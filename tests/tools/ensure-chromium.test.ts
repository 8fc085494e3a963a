/**
 * `npm test` on a fresh machine: its first step makes sure Chromium is there (installs it as root with apt-get)
 * or stops at once, before lint and build, with the one command to run. The browser tests are never skipped.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPlan, USER_INSTALL_COMMAND } from '../../scripts/lib/chromium.mjs';

const MISSING = '/nonexistent/chromium';
const withoutBrowser = { ...process.env, CHROMIUM_PATH: MISSING, NO_COLOR: '1' };

describe('npm test checks for Chromium first', () => {
  it('runs the check as the first step of `npm test`, before lint, type-check and build', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const steps = scripts.test!.split('&&').map((step) => step.trim());
    expect(steps[0]).toBe('node scripts/ensure-chromium.mjs');
    expect(steps.slice(1).some((step) => /build|lint|typecheck|vitest/.test(step))).toBe(true);
  });

  it(
    'stops `npm test` at once, with the command, when the browser is missing (nothing else runs)',
    { timeout: 30_000 },
    () => {
      const started = performance.now();
      const run = spawnSync('npm', ['test'], { encoding: 'utf8', env: withoutBrowser, timeout: 20_000 });
      const output = run.stdout + run.stderr;
      expect(run.status).not.toBe(0);
      expect(output).toContain(`CHROMIUM_PATH=${MISSING} is not an executable file`);
      expect(output).toContain(USER_INSTALL_COMMAND);
      // Lint, type-check and build never started.
      expect(output).not.toMatch(/eslint|prettier|tsc --noEmit|vite build/);
      expect(performance.now() - started).toBeLessThan(15_000);
    },
  );

  it('the script alone exits 1 with the message, and installs nothing for a custom path', () => {
    const run = spawnSync('node', ['scripts/ensure-chromium.mjs'], { encoding: 'utf8', env: withoutBrowser });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(USER_INSTALL_COMMAND);
    expect(run.stdout).not.toContain('apt-get');
  });
});

describe('what the check does on each kind of machine', () => {
  const fresh = { path: '/usr/bin/chromium', custom: false, executable: false, exists: false };

  it('does nothing when Chromium is there', () => {
    expect(chromiumPlan({ ...fresh, executable: true, exists: true, root: false, aptGet: true })).toEqual({
      action: 'ready',
    });
  });

  it('installs it with apt-get as root', () => {
    expect(chromiumPlan({ ...fresh, root: true, aptGet: true })).toEqual({
      action: 'install',
      command: 'apt-get update && apt-get install -y chromium fonts-noto-cjk',
    });
  });

  it('stops with the sudo command when not root, and says so when there is no apt-get', () => {
    const user = chromiumPlan({ ...fresh, root: false, aptGet: true });
    expect(user).toEqual({ action: 'stop', message: expect.stringContaining(`\n  ${USER_INSTALL_COMMAND}\n`) });
    const noApt = chromiumPlan({ ...fresh, root: true, aptGet: false });
    expect(noApt).toEqual({ action: 'stop', message: expect.stringContaining('no apt-get here') });
  });

  it('never installs for a custom CHROMIUM_PATH (apt-get would not put a browser there)', () => {
    const plan = chromiumPlan({ ...fresh, path: MISSING, custom: true, root: true, aptGet: true });
    expect(plan).toEqual({ action: 'stop', message: expect.stringContaining('Fix the path') });
  });
});
