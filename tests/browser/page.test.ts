import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, waitForSection } from '../helpers/page.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { serveSite } from '../helpers/serve.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../src/lib/ui-strings.ts';

const SECTIONS = ['alexa', 'ring', 'penalties', 'sources'];

describe('the built explainer page in Chromium', () => {
  const site = useBuiltSite({ basePath: '/news/explainers/amazon/' });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`at ${width} px (${colorScheme}): all four sections, no console error, no other origin, no sideways overflow`, async () => {
        const opened = await openPage(site.browser, site.server.url, { width, colorScheme });
        const { page } = opened;
        try {
          for (const id of SECTIONS) {
            await expect.poll(() => page.locator(`#${id} h2`).isVisible()).toBe(true);
            await waitForSection(page, id);
          }
          // Every section finished loading without an alert.
          await expect.poll(() => page.getByRole('status').count()).toBe(0);
          expect(await page.getByRole('alert').count()).toBe(0);
          await expect.poll(() => page.locator('#sources blockquote').count()).toBeGreaterThan(20);

          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);

          const origin = new URL(site.server.url).origin;
          expect(opened.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
          expect(opened.consoleErrors).toEqual([]);
          expect(opened.pageErrors.map(String)).toEqual([]);
          expect(opened.failedRequests).toEqual([]);
          // The data came from the sub-path's data/ folder, fetched relative to the page.
          expect(opened.requests).toContain(`${site.server.url}data/cases.json`);
          // Every file is the one the build checked, so the checks' code is never downloaded.
          expect(opened.requests.filter((url) => /\/assets\/checked-[^/]*\.js$/.test(url))).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    }
  }

  it('the quote viewer’s guessed height (used while it is skipped off screen) is above its real height at every width', async () => {
    // While skipped, the section is as tall as the guess but its boxes can still be measured: a guess below the
    // real height would put the footer on top of the section's lower controls for tools that measure boxes
    // (Lighthouse's target-size check did exactly that).
    for (const [width, lang] of [
      [320, 'en'],
      [639, 'en'],
      [640, 'en'],
      [767, 'en'],
      [768, 'en'],
      [1023, 'en'],
      [1024, 'en'],
      [1280, 'en'],
      [320, 'zh-Hans'],
      [1280, 'zh-Hans'],
    ] as const) {
      const { page, close } = await openPage(site.browser, `${site.server.url}?lang=${lang}`, { width, height: 900 });
      try {
        await waitForSection(page, 'sources');
        const guess = await page.evaluate(() =>
          Number.parseFloat(
            getComputedStyle(document.getElementById('sources')!).containIntrinsicHeight.replace('auto', ''),
          ),
        );
        expect(guess, `a guess at ${width} px`).toBeGreaterThan(2500);
        // The open article's first quote (the viewer opens on an article in the edition's language).
        await page.locator('#sources [role="tabpanel"]:not([hidden]) blockquote').first().scrollIntoViewIfNeeded();
        await expect
          .poll(() => page.locator('#sources').evaluate((element) => element.getBoundingClientRect().height))
          .not.toBe(guess);
        const real = await page.locator('#sources').evaluate((element) => element.getBoundingClientRect().height);
        expect(real, `real height at ${width} px (${lang}) against the guess ${guess}`).toBeLessThan(guess);
      } finally {
        await close();
      }
    }
  });

  it('has the page metadata: lang, description, Open Graph, favicon, colour scheme', async () => {
    const { page, close } = await openPage(site.browser, site.server.url);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(
        /the Alexa case against Amazon and the Ring case against its doorbell-camera company/,
      );
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
      expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBeTruthy();
      // A PNG icon: Chromium reads the icon again after each replaceState (every step change writes the address),
      // and an SVG icon is parsed as a whole SVG document on the page's main thread each time.
      expect(await page.getAttribute('link[rel="icon"]', 'href')).toBe('./favicon.png');
      const icon = await fetch(new URL('favicon.png', site.server.url));
      expect(icon.headers.get('content-type')).toBe('image/png');
      const bytes = new DataView(await icon.arrayBuffer());
      // The PNG signature, then the header's width and height.
      expect([bytes.getUint32(0), bytes.getUint32(16), bytes.getUint32(20)]).toEqual([0x89504e47, 64, 64]);
      // The built HTML's static title and description come from the one source the app sets them from.
      const html = await (await fetch(site.server.url)).text();
      expect(html).toContain(`<title>${SITE_TITLE.en}</title>`);
      expect(html).toContain(`<meta name="description" content="${SITE_DESCRIPTION.en}"/>`);
      expect(html).not.toContain('%SITE_');
      const darkBackground = await (async () => {
        await page.emulateMedia({ colorScheme: 'dark' });
        return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      })();
      await page.emulateMedia({ colorScheme: 'light' });
      const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(darkBackground).not.toBe(lightBackground);
    } finally {
      await close();
    }
  });

  it('without JavaScript the prerendered page still tells the whole story, every step and every quote', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(site.server.url);
      expect(await page.locator('h1').textContent()).toMatch(/privacy settlements/);
      // Every step of both cases is visible (7 + 8), not only the first.
      const steps = page.locator('article[data-step]');
      expect(await steps.count()).toBeGreaterThanOrEqual(15);
      for (const step of await steps.all()) expect(await step.isVisible()).toBe(true);
      // Every quote of every article is there and visible, in its language.
      const visibleQuotes = await page
        .locator('#sources [role="tabpanel"] blockquote')
        .evaluateAll(
          (nodes) =>
            nodes.filter((node) => (node as HTMLElement).offsetParent !== null || node.getClientRects().length > 0)
              .length,
        );
      expect(visibleQuotes).toBeGreaterThanOrEqual(45);
      expect(await page.locator('#sources blockquote[lang="zh-Hans"]').count()).toBeGreaterThan(5);
      // Figures are in the text, formatted at build time from the data.
      expect(await page.locator('#penalties').textContent()).toContain('$30.8 million');
    } finally {
      await context.close();
    }
  });

  it('a broken data file shows that section’s alert while the rest renders', async () => {
    const broken = await serveSite({
      // claims.json is used by the sources section only.
      faults: { 'data/claims.json': { body: '{"claims": [ oops' } },
    });
    const { page, pageErrors, close } = await openPage(site.browser, broken.url, { width: 375 });
    try {
      // Sections load when a reader gets near them.
      await page.locator('#sources').scrollIntoViewIfNeeded();
      const alert = page.locator('#sources [role="alert"]');
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await alert.textContent()).toContain('claims.json');
      expect(await alert.getByRole('button', { name: /try again/i }).isVisible()).toBe(true);
      await expect
        .poll(() => page.locator('#alexa').getByText('2:23-cv-00811-TL', { exact: true }).isVisible())
        .toBe(true);
      for (const id of ['alexa', 'ring', 'penalties']) {
        await waitForSection(page, id);
        expect(await page.locator(`#${id} [role="alert"]`).count()).toBe(0);
      }
      expect(pageErrors.map(String)).toEqual([]);
    } finally {
      await close();
      await broken.close();
    }
  });

  it('a file changed after the build is checked on load: the checks arrive and name the broken reference', async () => {
    const quotes = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'quotes.json'), 'utf8'));
    quotes.quotes[0].claimIds[0] = 'no-such-claim';
    const changed = await serveSite({
      faults: { 'data/quotes.json': { body: JSON.stringify(quotes) } },
    });
    const opened = await openPage(site.browser, changed.url, { width: 375 });
    try {
      await opened.page.locator('#sources').scrollIntoViewIfNeeded();
      const alert = opened.page.locator('#sources [role="alert"]');
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await alert.textContent()).toMatch(
        /quotes\.json.*quotes\[0\]\.claimIds\[0\].*unknown claim "no-such-claim"/s,
      );
      expect(opened.requests.some((url) => /\/assets\/checked-[^/]*\.js$/.test(url))).toBe(true);
      // The penalties section does not load quotes.json: its files are the build's, and it renders.
      await waitForSection(opened.page, 'penalties');
      expect(await opened.page.locator('#penalties [role="alert"]').count()).toBe(0);
      expect(opened.pageErrors.map(String)).toEqual([]);
    } finally {
      await opened.close();
      await changed.close();
    }
  });

  it('a missing data file is reported, not a blank page', async () => {
    const missing = await serveSite({
      faults: { 'data/quotes.json': { status: 404, body: 'gone' } },
    });
    const { page, close } = await openPage(site.browser, missing.url);
    try {
      await page.locator('#sources').scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('#sources [role="alert"]').isVisible()).toBe(true);
      expect(await page.locator('#sources [role="alert"]').textContent()).toMatch(/quotes\.json.*HTTP 404/s);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    } finally {
      await close();
      await missing.close();
    }
  });
});
