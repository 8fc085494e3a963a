// Issue 28, deliverables 4 and 5 (review 3, problems 8 and 10): a legal word's definition opens over the text and
// leaves every line of its paragraph where it was; the sticky contents line never cuts an item off; the page is as
// tall before the reader scrolls as after every section has been drawn (the progress bar does not drift); the
// articles section opens on a quote in the reader's language. Both editions.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { framesRendered, openPage, waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

const EDITIONS = [
  ['en', ''],
  ['zh-Hans', 'zh-Hans/'],
] as const;
const SECTIONS = ['alexa', 'ring', 'penalties', 'sources'];

/**
 * Every line box of the paragraph's own text, as the browser lays it out (rounded to a tenth of a pixel): a range
 * over each of its text nodes, leaving out the definition's box (a descendant in the document, drawn in the top layer).
 */
function lineBoxes(paragraph: Locator): Promise<number[][]> {
  return paragraph.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const boxes: number[][] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.term-popover')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects())
        boxes.push([rect.left, rect.top, rect.width, rect.height].map((value) => Math.round(value * 10) / 10));
    }
    return boxes;
  });
}

/** The first legal word in the key points: a button in a sentence. */
async function firstTerm(page: Page): Promise<Locator> {
  const term = page.locator('header button[data-term]').filter({ visible: true }).first();
  await term.waitFor();
  return term;
}

describe('terms and way-finding in Chromium', () => {
  const site = useBuiltSite();

  for (const [lang, path] of EDITIONS) {
    for (const width of [375, 1280]) {
      it(`${lang} at ${width} px: opening a term moves no line of its paragraph; Escape closes it, focus back`, async () => {
        const { page, close, consoleErrors } = await openPage(site.browser, `${site.server.url}${path}`, { width });
        try {
          // The key points hydrate with the page's shell: until then a press does nothing, so press until it opens.
          const term = await firstTerm(page);
          await term.scrollIntoViewIfNeeded();
          const paragraph = term.locator('xpath=ancestor::*[self::p or self::li][1]');
          const before = await lineBoxes(paragraph);
          await expect
            .poll(async () => {
              if ((await term.getAttribute('aria-expanded')) !== 'true') await term.click();
              return term.getAttribute('aria-expanded');
            })
            .toBe('true');
          const word = (await term.innerText()).trim();
          const note = page.getByRole('note', { name: word });
          await note.waitFor();
          await framesRendered(page);
          expect(await lineBoxes(paragraph)).toEqual(before);
          // In the top layer (the HTML popover), placed by CSS anchor positioning in this Chromium.
          expect(await note.evaluate((element) => element.parentElement!.matches(':popover-open'))).toBe(true);
          // The definition is on screen, whole, and close to its word.
          const box = (await note.boundingBox())!;
          const anchor = (await term.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(
            Math.min(Math.abs(box.y - (anchor.y + anchor.height)), Math.abs(box.y + box.height - anchor.y)),
          ).toBeLessThan(24);

          await term.focus();
          await page.keyboard.press('Escape');
          await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
          expect(await note.count()).toBe(0);
          expect(await term.evaluate((element) => element === document.activeElement)).toBe(true);

          // A click elsewhere closes it too.
          await term.click();
          await expect.poll(() => term.getAttribute('aria-expanded')).toBe('true');
          await page.mouse.click(2, 2);
          await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
          expect(consoleErrors).toEqual([]);
        } finally {
          await close();
        }
      });
    }

    for (const width of [320, 768, 1024, 1280]) {
      it(`${lang} at ${width} px: the contents line shows every item whole, or scrolls with a visible cue`, async () => {
        const { page, close } = await openPage(site.browser, `${site.server.url}${path}`, { width });
        try {
          const nav = page.getByRole('navigation', { name: lang === 'en' ? 'Sections' : '章节' });
          await nav.waitFor();
          const measure = () =>
            nav.evaluate((element) => {
              const list = element.querySelector('ul')!;
              const box = list.getBoundingClientRect();
              const visible = {
                left: Math.max(box.left, 0),
                right: Math.min(box.right, document.documentElement.clientWidth),
              };
              const items = [...list.querySelectorAll('a')].map((link) => link.getBoundingClientRect());
              const clipped = items.filter(
                (item) => item.left < visible.left - 0.5 || item.right > visible.right + 0.5,
              );
              const scrolls = list.scrollWidth > list.clientWidth + 1;
              const cues = [...element.querySelectorAll('[data-scroll-cue]')];
              const cueShown = cues.some(
                (cue) => getComputedStyle(cue).visibility === 'visible' && cue.getBoundingClientRect().width > 0,
              );
              return { clipped: clipped.length, scrolls, cueShown };
            });
          await expect
            .poll(async () => {
              const { clipped, cueShown } = await measure();
              return clipped === 0 || cueShown;
            })
            .toBe(true);
          const layout = await measure();
          if (layout.clipped > 0) {
            expect(layout.scrolls, 'items are cut off but the line does not scroll').toBe(true);
            expect(layout.cueShown, 'the line scrolls without a visible cue').toBe(true);
          }
        } finally {
          await close();
        }
      });
    }

    for (const width of [375, 1280]) {
      it(`${lang} at ${width} px: the page is within 5 % as tall before scrolling as once every section is drawn`, async () => {
        const { page, close } = await openPage(site.browser, `${site.server.url}${path}`, { width });
        try {
          await framesRendered(page);
          const before = await page.evaluate(() => document.documentElement.scrollHeight);
          for (const id of SECTIONS) await waitForSection(page, id);
          await page.evaluate(async () => {
            const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
            for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
              window.scrollTo(0, y);
              await frame();
              await frame();
            }
          });
          await framesRendered(page);
          const after = await page.evaluate(() => document.documentElement.scrollHeight);
          expect(Math.abs(before - after) / after, `before ${before} px, after ${after} px`).toBeLessThanOrEqual(0.05);
        } finally {
          await close();
        }
      });
    }

    it(`${lang}: the articles section opens on a quote in the page's language, after saying why these articles`, async () => {
      const { page, close } = await openPage(site.browser, `${site.server.url}${path}`, { width: 1280 });
      try {
        await waitForSection(page, 'sources');
        const panel = page.locator('#sources [role="tabpanel"]').filter({ visible: true }).first();
        const quote = panel.locator('blockquote').first();
        const quoteLang = await quote.evaluate(
          (element) => element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
        );
        if (quoteLang !== lang) {
          // Then a translation in the page's language is shown with it.
          const translated = panel.locator(`[lang="${lang}"]`).filter({ visible: true });
          expect(
            await translated.count(),
            `first quote is in ${quoteLang}, with no ${lang} translation shown`,
          ).toBeGreaterThan(0);
        }
        expect(quoteLang, 'the first quote').toBe(lang);
        // The note on why these five articles comes before the first tab.
        const why = page
          .locator('#sources p')
          .filter({ hasText: lang === 'en' ? /^Why these five/ : /^为什么是这五篇/ });
        expect(await why.isVisible()).toBe(true);
        const order = await why.evaluate((element) => {
          const tab = document.querySelector('#sources [role="tab"]')!;
          return Boolean(element.compareDocumentPosition(tab) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        expect(order).toBe(true);
      } finally {
        await close();
      }
    });
  }
});
