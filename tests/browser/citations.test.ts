import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForAllSections, waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

/**
 * Citations in the story are notes for readers (issue 28): a numbered marker that opens its full citation, a
 * numbered list of the case's sources at the end of the case, and the page's full list at the end of the page.
 *
 * How the share is measured. Citation text is every element the app marks `data-citation` (markers, notes, the
 * quote attribution, the case's source list). Visible characters are the case section's `innerText` without white
 * space, the way a reader sees it: each step in turn (the others are hidden), and the section's content folds
 * opened as a reader who reads on opens them ("Show 2 more"). The case's own source list is a fold a reader opens
 * to read the citations themselves, as the page's list at the end is, so it stays as the page loads: closed.
 * Citation characters = the section's visible characters minus the same with every `[data-citation]` hidden.
 */
const CASES = ['alexa', 'ring'] as const;
const LANGS = ['en', 'zh-Hans'] as const;
const MAX_SHARE = 0.12;

/** Editor's notes that must never reach a reader, in either edition (and the older wordings of them). */
const EDITOR_NOTES = [
  'No web address',
  'cite by name',
  'date not given',
  'Date not given',
  '无网址',
  '请按名称引用',
  '未注明日期',
  'TODO',
  'TK',
];

const url = (base: string, lang: (typeof LANGS)[number]) => `${base}${lang === 'en' ? '' : 'zh-Hans/'}`;

/** Open the section's content folds as a reader reading on would (not its source list, which is the citations). */
async function openContentFolds(page: Page, caseId: string) {
  const summaries = page
    .locator(`#${caseId} details[data-fold]:not([open]):not([data-citation]) > summary`)
    .filter({ visible: true });
  while ((await summaries.count()) > 0) await summaries.first().click();
}

/** Characters of the section a reader sees, and how many of them are citation text. */
function share(page: Page, caseId: string) {
  return page.evaluate((id) => {
    const section = document.getElementById(id)!;
    const count = () => section.innerText.replace(/\s+/g, '').length;
    const all = count();
    // Hidden through the CSS object model: the page's Content-Security-Policy refuses a <style> element.
    const citations = [...section.querySelectorAll<HTMLElement>('[data-citation]')];
    for (const element of citations) element.style.setProperty('display', 'none', 'important');
    const without = count();
    for (const element of citations) element.style.removeProperty('display');
    return { all, citation: all - without };
  }, caseId);
}

describe('citations as notes for readers', () => {
  const site = useBuiltSite();

  for (const lang of LANGS) {
    it(`${lang}: each case step's citation text is at most 12% of what the reader sees of the section`, async () => {
      const opened = await openPage(site.browser, url(site.server.url, lang), { width: 1280 });
      try {
        for (const caseId of CASES) {
          await waitForSection(opened.page, caseId);
          await openContentFolds(opened.page, caseId);
          const steps = opened.page.locator(`#${caseId} [data-go-step]`);
          const count = await steps.count();
          expect(count).toBeGreaterThan(3);
          for (let step = 0; step < count; step += 1) {
            await steps.nth(step).click();
            await expect
              .poll(() => opened.page.locator(`#${caseId} article[data-step="${step + 1}"]`).isVisible())
              .toBe(true);
            // Every item of the step carries a numbered note, and the note text is there to be measured.
            expect(
              await opened.page.locator(`#${caseId} article[data-step="${step + 1}"] [data-note-marker]`).count(),
            ).toBeGreaterThan(0);
            const { all, citation } = await share(opened.page, caseId);
            expect(citation / all, `${caseId} step ${step + 1}: ${citation} of ${all}`).toBeLessThanOrEqual(MAX_SHARE);
          }
        }
      } finally {
        await opened.close();
      }
    });

    it(`${lang}: no note meant for editors anywhere on the page, folds open`, async () => {
      const opened = await openPage(site.browser, url(site.server.url, lang), { width: 1280 });
      try {
        await waitForAllSections(opened.page);
        await opened.page.evaluate(() =>
          document.querySelectorAll('details').forEach((details) => (details.open = true)),
        );
        const text = await opened.page.evaluate(() => document.body.textContent ?? '');
        const found = EDITOR_NOTES.filter((note) => (note === 'TK' ? /\bTK\b/ : new RegExp(note, 'i')).test(text));
        expect(found).toEqual([]);
      } finally {
        await opened.close();
      }
    });

    it(`${lang}: each note marker has a name, opens its citation by keyboard, Escape closes it, focus returns`, async () => {
      const opened = await openPage(site.browser, url(site.server.url, lang), { width: 1280 });
      const { page } = opened;
      try {
        for (const caseId of CASES) {
          await waitForSection(page, caseId);
          const markers = page.locator(`#${caseId} [data-note-marker]`).filter({ visible: true });
          const count = await markers.count();
          expect(count, caseId).toBeGreaterThan(0);
          for (let index = 0; index < count; index += 1) {
            const marker = markers.nth(index);
            const name = (await marker.getAttribute('aria-label')) ?? '';
            expect(name).toMatch(lang === 'en' ? /^Source \d+: \S/ : /^来源\d+：\S/);
            await marker.focus();
            await page.keyboard.press('Enter');
            const note = page.locator(`#${await marker.getAttribute('aria-controls')}`);
            await expect.poll(() => note.isVisible()).toBe(true);
            await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('true');
            // The note holds the full citation: the outlet or agency the marker names.
            const outlet = name.replace(/^(Source \d+: |来源\d+：)/, '').split(/[,，]/)[0]!;
            expect(await note.innerText()).toContain(outlet.trim());
            await page.keyboard.press('Escape');
            await expect.poll(() => note.isVisible()).toBe(false);
            await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('false');
            expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true);
          }
          // The notes are links to the case's numbered list: the no-script reader's path.
          const first = markers.first();
          const href = (await first.getAttribute('href')) ?? '';
          expect(href).toMatch(new RegExp(`^#${caseId}-source-\\d+$`));
          expect(await page.locator(href).count()).toBe(1);
        }
      } finally {
        await opened.close();
      }
    });
  }

  it('zh-Hans: Latin-script titles only in notes and lists; numbers of 10,000 or more grouped or in 万', async () => {
    const opened = await openPage(site.browser, url(site.server.url, 'zh-Hans'), { width: 1280 });
    const { page } = opened;
    try {
      await waitForAllSections(page);
      for (const caseId of CASES) {
        const stray = await page.evaluate(
          (id) =>
            [...document.querySelectorAll(`#${id} cite`)]
              .filter((cite) => !cite.closest('[data-citation]'))
              .map((cite) => cite.textContent),
          caseId,
        );
        expect(stray, caseId).toEqual([]);
      }
      // The visible page: five or more digits in a row are a number a Chinese reader would want grouped (117,044)
      // or in 万 (11.7万). A docket number (2:23-cv-00811) or a password quoted as an example ("12345678") is not.
      const text = await page.evaluate(() => document.body.innerText);
      const bare = [...text.matchAll(/(?<![\d.,:-])\d{5,}(?![\d.,])/g)]
        .map((match) => match[0])
        .filter((digits) => digits !== '12345678');
      expect(bare).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
