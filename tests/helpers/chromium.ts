import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/browser.mjs';

const DEFAULT_PATH = '/usr/bin/chromium';
const INSTALL_HINT = 'Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk';

export { CHROMIUM_ARGS };

/** Path of the Chromium binary: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. */
export function findChromium(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_PATH;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Make sure Chromium is installed. Installs it with apt-get when running as root; otherwise throws with
 * the exact command to run. Browser tests are never skipped for want of a browser.
 */
export function ensureChromium(): string {
  const path = findChromium();
  if (isExecutable(path)) return path;

  if (process.env.CHROMIUM_PATH) {
    throw new Error(
      `CHROMIUM_PATH=${path} is not an executable file. Unset it to use ${DEFAULT_PATH}, or fix the path.`,
    );
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log(
      `[browser tests] ${path} not found: running apt-get update && apt-get install -y chromium fonts-noto-cjk`,
    );
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium fonts-noto-cjk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0 && isExecutable(path)) return path;
    throw new Error(`Installing Chromium with apt-get failed (exit ${String(result.status)}). ${INSTALL_HINT}`);
  }

  throw new Error(
    `Chromium not found at ${path}; the browser tests need it. ${INSTALL_HINT}` +
      (existsSync(path) ? ' (the file exists but is not executable)' : '') +
      ' — or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
}

/** Launch headless Debian Chromium through playwright-core (no `playwright install`). */
/**
 * Debian Chromium, headless. Playwright hides scrollbars in headless mode; `classicScrollbars` shows them, as a
 * desktop browser with classic (space-taking) scrollbars does.
 */
export function launchChromium({ classicScrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
    ...(classicScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}
