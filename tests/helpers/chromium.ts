import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/browser.mjs';
import { findChromium } from '../../scripts/lib/chromium.mjs';

// Finding and installing Chromium lives in scripts/lib/chromium.mjs, which `npm test` runs first.
export { ensureChromium } from '../../scripts/lib/chromium.mjs';
export { CHROMIUM_ARGS };

/**
 * Debian Chromium, headless, through playwright-core (no `playwright install`). Playwright hides scrollbars in
 * headless mode; `classicScrollbars` shows them, as a desktop browser with classic (space-taking) scrollbars does.
 */
export function launchChromium({ classicScrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
    ...(classicScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}
