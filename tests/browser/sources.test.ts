import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFolds, openPage, waitForSection } from '../helpers/page.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { useBuiltSite } from '../helpers/site.ts';

interface SourceRecord {
  id: string;
  kind: string;
  language: string;
}
const sources = (JSON.parse(readFileSync(`${DIST_DIR}data/sources.json`, 'utf8')) as { sources: SourceRecord[] })
  .sources;
const articles = sources.filter((source) => source.kind === 'article');

describe('the sources section in Chromium', () => {
  const site = useBuiltSite({ basePath: '/news/amazon/' });

  const pageOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  for (const width of [375, 1280]) {
    it(`at ${width} px the matrix stays usable without making the page scroll sideways`, async () => {
      const opened = await openPage(site.browser, `${site.server.url}#sources`, { width });
      await waitForSection(opened.page, 'sources');
      const { page } = opened;
      try {
        const name = /claims some article gets loose or wrong$/;
        const table = page.getByRole('table', { name });
        await table.waitFor();
        await table.scrollIntoViewIfNeeded();
        expect(await table.isVisible()).toBe(true);
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

        const frame = page.getByRole('region', { name });
        const scroll = await frame.evaluate((node) => ({ inner: node.scrollWidth, outer: node.clientWidth }));
        // Nothing scrolls sideways: on a phone the table reads as a list, each claim with a chip per article.
        expect(scroll.inner).toBeLessThanOrEqual(scroll.outer);
        const chip = page.getByRole('button', { name: /^Clubic: reports it loosely/ }).first();
        expect(await chip.isVisible()).toBe(true);
        const chipText = await chip.evaluate((node) => (node as HTMLElement).innerText);
        if (width === 375) {
          const claimHeader = page.getByRole('rowheader', { name: /for customer refunds, not a penalty/ });
          const [header, chipBox] = await Promise.all([claimHeader.boundingBox(), chip.boundingBox()]);
          // The chips sit under the claim, and each names its article (the column headings are not shown).
          expect(chipBox!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
          expect(chipText).toContain('Clubic');
        } else {
          expect(chipText).toContain('Loosely');
          expect(chipText).not.toContain('Clubic');
        }

        // Opening a cell keeps the page within the viewport, and its text fits the visible frame.
        const cell = page.getByRole('button', { name: 'Digital Information World: gets it wrong — show quote' });
        await cell.focus();
        await page.keyboard.press('Enter');
        const detail = page.getByRole('group', { name: /^Digital Information World — / });
        await expect.poll(() => detail.isVisible()).toBe(true);
        const [detailBox, frameBox] = await Promise.all([detail.boundingBox(), frame.boundingBox()]);
        expect(detailBox!.x).toBeGreaterThanOrEqual(frameBox!.x - 1);
        expect(detailBox!.x + detailBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 1);
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        await page.keyboard.press('Escape');
        await expect.poll(() => cell.evaluate((node) => node === document.activeElement)).toBe(true);

        expect(opened.consoleErrors).toEqual([]);
        expect(opened.pageErrors.map(String)).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('every blockquote carries its article’s language, in all five tabs', async () => {
    const opened = await openPage(site.browser, `${site.server.url}#sources`, { width: 375 });
    await waitForSection(opened.page, 'sources');
    const { page } = opened;
    try {
      await page.getByRole('tab').first().waitFor();
      expect(await page.getByRole('tab').count()).toBe(articles.length);
      for (const article of articles) {
        await page.locator(`#tab-${article.id}`).click();
        const panel = page.getByRole('tabpanel');
        await expect.poll(() => panel.getAttribute('id')).toBe(`panel-${article.id}`);
        const langs = await panel
          .locator('blockquote')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
        expect(langs.length, article.id).toBeGreaterThan(0);
        expect(new Set(langs), article.id).toEqual(new Set([article.language]));
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      }
      expect(await page.locator('#sources blockquote[lang="zh-Hans"]').count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('a deep link opens the source at the quote, focused and on screen', async () => {
    const opened = await openPage(site.browser, `${site.server.url}?source=kjdh-2023-06-01&quote=kjdh-face#sources`, {
      width: 1280,
      reducedMotion: 'reduce',
    });
    // The #sources link itself brings the section into view; the app then scrolls to the quote.
    await waitForSection(opened.page, 'sources', { scroll: false });
    const { page } = opened;
    try {
      const figure = page.locator('#quote-kjdh-face');
      await figure.waitFor();
      await expect.poll(() => figure.evaluate((node) => node === document.activeElement)).toBe(true);
      expect(await page.locator('#tab-kjdh-2023-06-01').getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() =>
          figure.evaluate((node) => {
            const box = node.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
      expect(await figure.getAttribute('aria-label')).toBe('Quote 4 of 12, linked');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('"Copy link" and "Copy quote with citation" copy and confirm', async () => {
    const opened = await openPage(site.browser, `${site.server.url}?source=diw#sources`, { width: 375 });
    await waitForSection(opened.page, 'sources');
    const { page } = opened;
    try {
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
      await openFolds(page, '#sources [role="tabpanel"]:not([hidden])');
      const figure = page.locator('#quote-diw-two-days');
      await figure.waitFor();
      await figure.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => figure.getByText('Link copied').isVisible()).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${site.server.url}?source=diw&quote=diw-two-days#sources`,
      );
      await figure.getByRole('button', { name: 'Copy quote with citation' }).click();
      await expect.poll(() => figure.getByText('Quote and citation copied').isVisible()).toBe(true);
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      expect(citation).toMatch(/^“It definitely seems like a lot of money.*” — Digital Information World, /);
      expect(citation.endsWith(`Quoted in ${site.server.url}?source=diw&quote=diw-two-days#sources`)).toBe(true);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('searching in Chinese filters and highlights without changing the quote text', async () => {
    // The Chinese article's tab: an English page opens on an English article, whatever the search.
    const opened = await openPage(
      site.browser,
      `${site.server.url}?source=kjdh-2023-06-01&q=%E7%BD%9A%E6%AC%BE#sources`,
      {
        width: 1280,
      },
    );
    await waitForSection(opened.page, 'sources');
    const { page } = opened;
    try {
      const panel = page.getByRole('tabpanel');
      await panel.locator('blockquote').first().waitFor();
      expect(await panel.locator('blockquote').count()).toBe(3);
      expect(await panel.locator('blockquote mark').allTextContents()).toEqual(['罚款', '罚款', '罚款']);
      expect(await page.getByRole('searchbox', { name: 'Search the quotes' }).inputValue()).toBe('罚款');
    } finally {
      await opened.close();
    }
  });
});
