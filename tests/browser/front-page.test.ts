/**
 * The front page (issue 28): under the headline, a deck, a date line (publisher, published, updated, reading time)
 * and a lead graphic drawn from the data. On a phone (375 × 812) all four are on the first screen; at 1280 px the
 * first screen uses its width (the graphic beside the words). Checked on the prerendered page without scripts,
 * as a reader sees it before any app code arrives, in both editions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISHER } from '../../src/lib/publisher.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { useBuiltSite } from '../helpers/site.ts';

type Lang = 'en' | 'zh-Hans';
const LANGS: Lang[] = ['en', 'zh-Hans'];
const editionPath = (lang: Lang) => (lang === 'en' ? '' : 'zh-Hans/');
const updates = JSON.parse(readFileSync(`${DIST_DIR}data/updates.json`, 'utf8')) as {
  published: string;
  updates: Array<{ date: string }>;
};
const newest = updates.updates
  .map((entry) => entry.date)
  .sort()
  .at(-1)!;
/** The lead graphic, by its accessible name (copy: header.graphic.label), which names both sums. */
const GRAPHIC_NAME: Record<Lang, RegExp> = {
  en: /^What the two settlements pay: .*\$25 million.*\$5\.8 million/,
  'zh-Hans': /^两份和解协议各付多少钱：.*2500万美元.*580万美元/,
};

describe('the front page', () => {
  const site = useBuiltSite();

  for (const lang of LANGS) {
    it(`${lang} at 375 × 812: the headline, deck, date line and lead graphic are on the first screen`, async () => {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
      });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.url}${editionPath(lang)}`);
        const parts = {
          headline: page.getByRole('heading', { level: 1 }),
          deck: page.getByTestId('deck'),
          dateline: page.getByTestId('dateline'),
          graphic: page.getByRole('img', { name: GRAPHIC_NAME[lang] }),
        };
        for (const [name, part] of Object.entries(parts)) {
          expect(await part.count(), name).toBe(1);
          const box = (await part.boundingBox())!;
          expect(box, name).not.toBeNull();
          expect(box.y, name).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, `${name} ends inside the first screen`).toBeLessThanOrEqual(812);
          expect(box.x + box.width, name).toBeLessThanOrEqual(375);
        }
        // The graphic shows both sums, as text a reader (and a search engine) can read.
        const shown = await parts.graphic.textContent();
        expect(shown).toContain(lang === 'en' ? '$25 million' : '2500万美元');
        expect(shown).toContain(lang === 'en' ? '$5.8 million' : '580万美元');
      } finally {
        await context.close();
      }
    });

    it(`${lang}: the date line names the publisher, the published and the updated dates, and the reading time`, async () => {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
      });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.url}${editionPath(lang)}`);
        const line = page.getByTestId('dateline');
        const text = (await line.textContent())!;
        // The build was not told its publisher: the placeholder, in the edition's language.
        expect(text).toContain(lang === 'en' ? DEFAULT_PUBLISHER.name : '发布本解读的新闻机构');
        const times = await line
          .locator('time')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
        expect(times).toEqual([updates.published, newest]);
        expect(text).toMatch(lang === 'en' ? /Published .*2026.*Updated .*2026/ : /2026年.*发布.*2026年.*更新/);
        expect(text).toMatch(lang === 'en' ? /\d+-minute read/ : /约\d+分钟/);
        // "Updated" leads to the log of what changed.
        expect(await line.locator('a[href="#updates"]').count()).toBe(1);
        // A component's utilities win over the base styles for links: the edition the reader is in is not a link's
        // blue, underlined; the date line's link is muted like its neighbours.
        const current = page.locator('a[aria-current="true"][hreflang]');
        expect(await current.evaluate((node) => getComputedStyle(node).textDecorationLine)).toBe('none');
        const colours = await line.evaluate((node) =>
          [node.querySelector('a[href="#updates"]')!, node.querySelector('time')!].map(
            (el) => getComputedStyle(el).color,
          ),
        );
        expect(colours[0]).toBe(colours[1]);
      } finally {
        await context.close();
      }
    });

    it(`${lang} at 1280 × 800: the first screen uses its width, the graphic beside the deck and key points`, async () => {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 800 },
      });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.url}${editionPath(lang)}`);
        const deck = (await page.getByTestId('deck').boundingBox())!;
        const points = (await page.locator('#key-points-title').locator('..').boundingBox())!;
        const graphic = (await page.getByRole('img', { name: GRAPHIC_NAME[lang] }).boundingBox())!;
        // Side by side: the graphic to the right of the words, level with the deck.
        expect(graphic.x).toBeGreaterThanOrEqual(deck.x + deck.width);
        expect(graphic.x).toBeGreaterThanOrEqual(points.x + points.width);
        expect(graphic.y).toBeLessThan(deck.y + deck.height);
        // Together they span most of the content column (max-w-5xl, 1024 px less its padding).
        expect(graphic.x + graphic.width - deck.x).toBeGreaterThan(900);
        for (const box of [deck, graphic]) expect(box.y + box.height).toBeLessThanOrEqual(800);
      } finally {
        await context.close();
      }
    });
  }
});
