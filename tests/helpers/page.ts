import type { Browser, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface OpenPageOptions {
  /** Viewport width in CSS px (default 1280). */
  width?: number;
  /** Viewport height in CSS px (default 800). */
  height?: number;
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface FailedRequest {
  url: string;
  /** Network error text, or `HTTP <status>` for responses >= 400. */
  failure: string;
}

export interface OpenedPage {
  page: Page;
  /** Text of every console.error (and CSP violation reports, which Chromium logs as console errors). */
  consoleErrors: string[];
  /** React's reports of prerendered HTML it had to redraw (console.debug `hydration: …`, src/app/start-app.tsx). */
  hydrationMismatches: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: Error[];
  /** Requests that failed at the network level or answered with status >= 400. */
  failedRequests: FailedRequest[];
  /** Every request URL, in order. */
  requests: string[];
  /** Every request that has ended (a response in full, or a failure), in order. */
  endedRequests: string[];
  /** Content-Security-Policy violations the page has seen so far (`securitypolicyviolation` events). */
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

/**
 * Open `url` in a fresh browser context with the given viewport and media features, recording console
 * errors, page errors, failed requests and every request URL.
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { width = 1280, height = 800, colorScheme = 'light', reducedMotion = 'no-preference' } = options;
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  const page = await context.newPage();
  // Every Content-Security-Policy violation, from the first script on (Trusted Types ones included).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
    );
  });

  const consoleErrors: string[] = [];
  const hydrationMismatches: string[] = [];
  const pageErrors: Error[] = [];
  const failedRequests: FailedRequest[] = [];
  const requests: string[] = [];
  const endedRequests: string[] = [];

  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'debug' && message.text().startsWith('hydration:')) hydrationMismatches.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfinished', (request) => endedRequests.push(request.url()));
  page.on('requestfailed', (request) => endedRequests.push(request.url()));
  page.on('requestfailed', (request) =>
    failedRequests.push({ url: request.url(), failure: request.failure()?.errorText ?? 'failed' }),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push({ url: response.url(), failure: `HTTP ${response.status()}` });
  });

  await page.goto(url, { waitUntil: 'load' });

  return {
    page,
    consoleErrors,
    hydrationMismatches,
    pageErrors,
    failedRequests,
    requests,
    endedRequests,
    cspViolations: () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []),
    close: () => context.close(),
  };
}

/** Wait until `target` (a page or a frame) has rendered `count` more frames: layout, resize observers and
 * animation frame callbacks queued before have run (a state of the page's event loop, not a length of time). */
export async function framesRendered(target: Page | Frame, count = 2): Promise<void> {
  await target.evaluate(async (frames) => {
    for (let index = 0; index < frames; index += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}

/**
 * Wait until a page that starts without a reader (boot-main.ts, boot-embed.ts) has decided whether to load its app:
 * after load and first paint it fetches the data files and starts the app only if one changed since the build
 * (data/shipped.ts). The state: every data request it made has ended, the page has every body (a resource timing
 * entry is written once a response is in full), and two frames have run since, so the check's promises have
 * settled and any code it asked for has been requested. What a test then finds in `requests` is what the page
 * loads before a reader acts.
 */
export async function waitForDataCheck(opened: OpenedPage, timeout = 20_000): Promise<void> {
  const data = (urls: string[]) => urls.filter((url) => new URL(url).pathname.includes('/data/'));
  await expect.poll(() => data(opened.requests).length, { timeout }).toBeGreaterThan(0);
  await expect.poll(() => data(opened.requests).length - data(opened.endedRequests).length, { timeout }).toBe(0);
  await opened.page.waitForFunction(
    (count) =>
      performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.includes('/data/'))
        .length >= count,
    data(opened.requests).length,
    { timeout },
  );
  await framesRendered(opened.page);
}

/**
 * Scroll a section into view and wait until it is interactive: its code and data have loaded and React has
 * hydrated it (the app marks it `data-ready`). Sections load their code only when they near the viewport.
 */
export async function waitForSection(page: Page, id: string, { timeout = 20_000, scroll = true } = {}): Promise<void> {
  // Scroll to the section's start, as a reader arriving from the navigation would (tall sections would
  // otherwise be centred, halfway down). Deep links scroll by themselves: pass scroll: false.
  if (scroll) await page.locator(`#${id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.locator(`#${id}[data-ready]`).waitFor({ state: 'attached', timeout });
}

/**
 * Every section on the page loaded and hydrated (pictures included), and no loading status left anywhere. First the
 * sections must be there: a prerendered page has them as it arrives, but embed.html is empty until its scripts run,
 * and a list taken before then is empty (the "no status" check then passed at once, and axe audited a blank page).
 * Pass the ids the page should have (`sections`) to wait for each and fail on any other; else at least one.
 */
export async function waitForAllSections(
  page: Page,
  { sections, timeout = 20_000 }: { sections?: readonly string[]; timeout?: number } = {},
): Promise<void> {
  const present = page.locator('main section[id]');
  if (sections) {
    for (const id of sections) await page.locator(`main section[id="${id}"]`).waitFor({ state: 'attached', timeout });
  } else await present.first().waitFor({ state: 'attached', timeout });
  const ids = await present.evaluateAll((nodes) => nodes.map((node) => node.id));
  if (sections) expect(ids).toEqual(sections);
  for (const id of ids) await waitForSection(page, id, { timeout });
  await expect.poll(() => page.getByRole('status').count(), { timeout: 15_000 }).toBe(0);
}

/**
 * Open every closed fold (`<details data-fold>`) on screen under `scope`, by pressing its summary as a reader would
 * (folds in hidden parts, such as another article's tab panel, stay as they are).
 */
export async function openFolds(page: Page, scope = 'body'): Promise<void> {
  const summaries = page.locator(`${scope} details[data-fold]:not([open]) > summary`).filter({ visible: true });
  while ((await summaries.count()) > 0) {
    const summary = summaries.first();
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
  }
}
