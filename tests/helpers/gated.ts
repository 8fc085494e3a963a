import type { Browser, Page } from 'playwright-core';

export interface Gated {
  page: Page;
  /** Let the held code through. */
  release: () => void;
  /** Requests for the gated file so far. */
  asked: () => number;
  /** Text of every console.error. */
  consoleErrors: string[];
  /** React's reports of prerendered HTML it had to redraw (console.debug `hydration: …`, src/app/start-app.tsx). */
  hydrationMismatches: string[];
  close: () => Promise<void>;
}

/**
 * Open `url` on a phone-sized touch screen with the app's entry chunk (`chunk`: main or embed-main) held back until
 * `release()`, so that "before the app's code" is a state the test controls, not a race against the machine's speed.
 */
export async function openGated(browser: Browser, url: string, chunk: 'main' | 'embed-main'): Promise<Gated> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const hydrationMismatches: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'debug' && message.text().startsWith('hydration:')) hydrationMismatches.push(message.text());
  });
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  let asked = 0;
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), async (route) => {
    asked += 1;
    await gate;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    release: () => open(),
    asked: () => asked,
    consoleErrors,
    hydrationMismatches,
    close: () => context.close(),
  };
}
