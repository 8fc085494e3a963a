import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

const SECTIONS = ['alexa', 'ring', 'penalties', 'sources'];

/** Text in the page's own voice (not quotes, citations, codes or proper-name links) that looks untranslated. */
function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!element || element.closest('blockquote, cite, [lang="en"], code, a, textarea, script, style')) continue;
      // English inside brackets or quotation marks is the article's own wording, quoted on purpose.
      const text = (node.textContent ?? '')
        .replace(/[（(][^）)]*[）)]/g, '')
        .replace(/“[^”]*”/g, '')
        .trim();
      // A leaked copy key, a placeholder, or a run of ordinary English words.
      if (
        /\{[a-zA-Z0-9-]+\}/.test(text) ||
        /^[a-z]+(\.[a-zA-Z0-9-]+){2,}$/.test(text) ||
        /\b(the|and|with|from|this|Step|Previous|Next)\b/.test(text)
      )
        found.add(text.slice(0, 80));
    }
    return [...found];
  });
}

describe('the Chinese edition in Chromium', () => {
  const site = useBuiltSite();

  for (const width of [375, 1280]) {
    it(`at ${width} px: Chinese throughout, right lang attributes, no sideways overflow`, async () => {
      const opened = await openPage(site.browser, `${site.server.url}?lang=zh-Hans`, {
        width,
        reducedMotion: 'reduce',
      });
      const { page } = opened;
      try {
        for (const id of SECTIONS) await waitForSection(page, id);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
        expect(await page.locator('h1').textContent()).toBe('亚马逊2023年隐私和解案解读');
        for (const id of SECTIONS) expect(await page.getAttribute(`#${id}`, 'lang')).toBe('zh-Hans');
        // Quotes keep their own language; the English ones carry a Chinese translation.
        expect(await page.locator('#sources blockquote[lang="zh-Hans"]').count()).toBeGreaterThan(5);
        expect(await page.locator('#sources blockquote[lang="en"]').count()).toBeGreaterThan(20);
        // Chinese money and dates.
        expect(await page.locator('#penalties').textContent()).toContain('3080万美元');
        expect(await untranslated(page)).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBeLessThanOrEqual(0);
        expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/[\u4e00-\u9fff]/);
        // ?lang=zh-Hans led to the Chinese edition's own page, which names both editions' addresses.
        expect(page.url()).toBe(`${site.server.url}zh-Hans/`);
        expect(await page.locator('link[rel="alternate"][hreflang="zh-Hans"]').getAttribute('href')).toBe(
          `${site.server.url}zh-Hans/`,
        );
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${site.server.url}zh-Hans/`);
        expect(opened.consoleErrors).toEqual([]);
        expect(opened.pageErrors.map(String)).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('an English name’s apostrophe in Chinese text is set narrow (Children’s), not as a full-width quote', async () => {
    const opened = await openPage(site.browser, `${site.server.url}zh-Hans/`, { width: 1280, reducedMotion: 'reduce' });
    try {
      // Each apostrophe between two Latin letters in the edition's own Chinese text: its width against the font size.
      const widths = await opened.page.evaluate(() => {
        const found: Array<{ text: string; em: number }> = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const element = node.parentElement;
          if (!element?.closest(':lang(zh-Hans)') || element.closest('[lang="en"]')) continue;
          for (const match of node.data.matchAll(/[A-Za-z]’[A-Za-z]/g)) {
            const range = document.createRange();
            range.setStart(node, match.index + 1);
            range.setEnd(node, match.index + 2);
            const { width } = range.getBoundingClientRect();
            if (width === 0) continue; // folded away or off-screen rendering skipped
            found.push({
              text: node.data.slice(Math.max(0, match.index - 12), match.index + 6),
              em: width / parseFloat(getComputedStyle(element).fontSize),
            });
          }
        }
        return found;
      });
      expect(widths.length).toBeGreaterThan(0);
      for (const { text, em } of widths) expect(em, text).toBeLessThan(0.5);
    } finally {
      await opened.close();
    }
  });

  it('the language switch keeps the section and its state', async () => {
    const opened = await openPage(site.browser, `${site.server.url}?ring-step=3#ring`, {
      width: 1280,
      reducedMotion: 'reduce',
    });
    const { page } = opened;
    try {
      await waitForSection(page, 'ring', { scroll: false });
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
      await page.waitForURL(/\/zh-Hans\//);
      const url = new URL(page.url());
      expect(url.searchParams.has('lang')).toBe(false);
      expect(url.searchParams.get('ring-step')).toBe('3');
      expect(url.hash).toBe('#ring');
      await waitForSection(page, 'ring', { scroll: false });
      await expect.poll(() => page.locator('#ring h2').textContent()).toBe('Ring 案：谁在观看');
      await expect.poll(() => page.locator('#ring').getByText('第3步，共8步').first().isVisible()).toBe(true);
      // And back, keyboard only.
      const english = page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' });
      await english.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.includes('zh-Hans'));
      expect(new URL(page.url()).searchParams.get('ring-step')).toBe('3');
      await expect.poll(() => page.locator('#ring h2').textContent()).toBe('The Ring case: who was watching');
    } finally {
      await opened.close();
    }
  });

  it('an unknown language falls back to English without an error, and an embed takes lang', async () => {
    const opened = await openPage(site.browser, `${site.server.url}?lang=xx-YY`, { width: 375 });
    try {
      await expect.poll(() => opened.page.locator('h1').textContent()).toMatch(/privacy settlements/);
      expect(await opened.page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
    const embed = await openPage(site.browser, `${site.server.url}embed.html?view=penalties&lang=zh-Hans`, {
      width: 375,
    });
    try {
      await embed.page.locator('#penalties[data-ready]').waitFor({ state: 'attached' });
      expect(await embed.page.locator('h2').first().textContent()).toBe('这些钱，放在比例中看');
      expect(await embed.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
      expect(
        await embed.page.getByRole('link', { name: /打开完整解读/ }).evaluate((a) => (a as HTMLAnchorElement).href),
      ).toBe(`${site.server.url}zh-Hans/#penalties`);
    } finally {
      await embed.close();
    }
  });
});
