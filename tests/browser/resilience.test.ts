/**
 * What a reader sees when the host lets the page down after it has loaded: a section's code missing (a tab left open
 * across a redeploy, or the browser gone offline), a data file that never answers, a copy file in the wrong
 * encoding. Faults are injected with Playwright's page.route (for code, after the page has loaded, as a redeploy
 * does) or with the static server's overrides (for data).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

const SOURCES_CHUNK = /\/assets\/sources-section-[^/]*\.js$/;

/** From now on the sources section's chunk answers 404, as after a redeploy that renamed it. */
async function removeSourcesChunk(page: Page): Promise<void> {
  await page.route(SOURCES_CHUNK, (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
  );
}

describe('a section’s code that cannot be downloaded', () => {
  const site = useBuiltSite({ basePath: '/x/' });

  it('on the main page: asked for once or twice, then the section says so and offers a reload', async () => {
    const opened = await openPage(site.browser, site.server.url, { width: 1280 });
    const { page } = opened;
    const chunkRequests = () => opened.requests.filter((url) => SOURCES_CHUNK.test(url)).length;
    try {
      // The sources section is far down: its code is not asked for before the reader nears it.
      expect(chunkRequests()).toBe(0);
      await removeSourcesChunk(page);
      await page.locator('#sources').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const alert = page.locator('#sources [role="alert"]');
      await alert.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await alert.textContent()).toContain('This part of the page could not be downloaded.');
      expect(await alert.getByRole('link', { name: 'Reload the page' }).isVisible()).toBe(true);
      expect(chunkRequests()).toBeGreaterThanOrEqual(1);
      expect(chunkRequests()).toBeLessThanOrEqual(2);
      // Some seconds of the page's own work later (another section's code and data loading and hydrating), still
      // no further request: the old code asked about 57 times a second.
      await waitForSection(page, 'penalties');
      await waitForSection(page, 'ring');
      expect(chunkRequests()).toBeLessThanOrEqual(2);
      expect(await alert.isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('in a static embed: the same, once the reader wakes it', async () => {
    const opened = await openPage(site.browser, `${site.server.url}embed/sources.html`, { width: 600 });
    const { page } = opened;
    const chunkRequests = () => opened.requests.filter((url) => SOURCES_CHUNK.test(url)).length;
    try {
      expect(chunkRequests()).toBe(0);
      await removeSourcesChunk(page);
      // The reader's first pointer move starts the embed's app (lib/wake.ts).
      await page.mouse.move(200, 200);
      await page.mouse.move(210, 220);
      const alert = page.locator('#sources [role="alert"]');
      await alert.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await alert.textContent()).toContain('This part of the page could not be downloaded.');
      expect(chunkRequests()).toBeLessThanOrEqual(2);
      // The page's other work settles (the credit line's data, the height reports): still no new request.
      await expect.poll(() => page.getByRole('status').count(), { timeout: 15_000 }).toBe(0);
      await page.mouse.move(300, 300);
      expect(chunkRequests()).toBeLessThanOrEqual(2);
    } finally {
      await opened.close();
    }
  });
});
