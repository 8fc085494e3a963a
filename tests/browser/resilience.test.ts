/**
 * What a reader sees when the host lets the page down after it has loaded: a section's code missing (a tab left open
 * across a redeploy, or the browser gone offline), a data file that never answers, a copy file in the wrong
 * encoding. Faults are injected with Playwright's page.route (for code, after the page has loaded, as a redeploy
 * does) or with the static server's overrides (for data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForSection } from '../helpers/page.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { serveSite } from '../helpers/serve.ts';

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

describe('a copy file saved in another encoding', () => {
  const site = useBuiltSite();

  it('is reported as an encoding problem naming the file, not shown as replacement characters', async () => {
    // copy.en.json as an editor saving Windows-1252 writes it: each ’ becomes the single byte 0x92.
    const text = readFileSync(join(DIST_DIR, 'data', 'copy.en.json'), 'utf8');
    const bytes = Uint8Array.from(
      text.split('’').flatMap((part, index) => [...(index ? [0x92] : []), ...Buffer.from(part)]),
    );
    const server = await serveSite({
      faults: { 'data/copy.en.json': { body: bytes, contentType: 'application/json; charset=utf-8' } },
    });
    const opened = await openPage(site.browser, server.url);
    try {
      // The page's check finds the file changed and starts the app, which says what is wrong.
      const alert = opened.page.locator('#alexa [role="alert"]');
      await alert.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await alert.textContent()).toMatch(/copy\.en\.json.*not UTF-8 text.*Save it again as UTF-8/s);
      expect(await opened.page.locator('main').textContent()).not.toContain('\uFFFD');
    } finally {
      await opened.close();
      await server.close();
    }
  });
});
