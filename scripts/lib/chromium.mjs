// The browser tests' Chromium: where it is, and getting it onto the machine. One place for the check that
// `npm test` runs first (scripts/ensure-chromium.mjs, before lint and build) and the browser tests' global setup
// runs again (tests/helpers/global-setup-browser.ts, for `vitest run` called directly). The browser tests are never
// skipped for want of a browser: Chromium is installed (root with apt-get), or the run stops with the command.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
/** What root runs to install it (Debian). fonts-noto-cjk: the Chinese edition's text in the browser, not boxes. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';
/** The one command a user without root runs. */
export const USER_INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk';

/** Path of the Chromium binary: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. */
export function findChromium() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {{ path: string, custom: boolean, executable: boolean, exists: boolean, root: boolean, aptGet: boolean }} Machine
 * @typedef {{ action: 'ready' } | { action: 'install', command: string } | { action: 'stop', message: string }} Plan
 */

/**
 * What to do on a machine (pure, so each case is tested without changing the machine): nothing when Chromium is
 * there; install it when root has apt-get and the default path is wanted; else stop, naming the one command.
 * @param {Machine} machine
 * @returns {Plan}
 */
export function chromiumPlan({ path, custom, executable, exists, root, aptGet }) {
  if (executable) return { action: 'ready' };
  if (custom)
    return {
      action: 'stop',
      message:
        `CHROMIUM_PATH=${path} is not an executable file. Fix the path, or unset CHROMIUM_PATH to use ` +
        `${DEFAULT_CHROMIUM_PATH} (install it with: ${USER_INSTALL_COMMAND}).`,
    };
  if (root && aptGet) return { action: 'install', command: INSTALL_COMMAND };
  return {
    action: 'stop',
    message:
      `Chromium not found at ${path}${exists ? ' (the file is not executable)' : ''}; the browser tests need it. ` +
      `Run:\n\n  ${USER_INSTALL_COMMAND}\n\nthen npm test again` +
      `${aptGet ? '' : ' (no apt-get here: install Chromium another way and set CHROMIUM_PATH to it)'}.`,
  };
}

/** The facts chromiumPlan decides on, read from this machine. */
export function thisMachine() {
  const path = findChromium();
  return {
    path,
    custom: Boolean(process.env.CHROMIUM_PATH),
    executable: isExecutable(path),
    exists: existsSync(path),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    aptGet: spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  };
}

/**
 * Make sure Chromium is installed and return its path. Installs it with apt-get when running as root; otherwise
 * throws with the exact command to run.
 * @returns {string}
 */
export function ensureChromium() {
  const machine = thisMachine();
  const plan = chromiumPlan(machine);
  if (plan.action === 'ready') return machine.path;
  if (plan.action === 'stop') throw new Error(plan.message);
  console.log(`[chromium] ${machine.path} not found: running ${plan.command}`);
  const result = spawnSync('sh', ['-c', plan.command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status === 0 && isExecutable(machine.path)) return machine.path;
  throw new Error(
    `Installing Chromium with apt-get failed (exit ${String(result.status)}). Run:\n\n  ${USER_INSTALL_COMMAND}\n`,
  );
}
