// Writes src/app/section-heights.json: the heights the page reserves for the parts it lets the browser skip while
// they are far off screen (content-visibility: auto; the quote viewer and the footer, see AppSection.offScreen),
// measured in Chromium from the built page, per edition and per width class. A guess is needed before the part is
// first drawn; a wrong one makes the page shrink or grow as the reader scrolls (the progress bar and the scroll
// thumb drift: review 3, problem 10). Ours because it needs a real layout engine and the built page, which the
// build itself does not start. Run after `npm run build` when the copy or the layout of those parts changes;
// tests/browser/terms-wayfinding.test.ts fails when the page's height moves by more than 5 %.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.mjs';
import { PARTS, WIDTHS } from './lib/section-heights.mjs';
import { servePreview } from './lib/preview.mjs';

/** @type {Array<[string, string]>} */
const EDITIONS = [
  ['en', ''],
  ['zh-Hans', 'zh-Hans/'],
];

const server = await servePreview({ root: new URL('../dist', import.meta.url) });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
/** heights[edition][part][width] @type {Record<string, Record<string, Record<number, number>>>} */
const heights = {};
try {
  for (const [lang, path] of EDITIONS) {
    /** @type {Record<string, Record<number, number>>} */
    const edition = { sources: {}, footer: {} };
    heights[lang] = edition;
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await page.locator('#sources').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.locator('#sources[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
      for (const [part, selector] of Object.entries(PARTS)) {
        // Drawn (on screen), then measured as the reader will find it.
        const height = await page.locator(selector).evaluate(async (element) => {
          element.scrollIntoView({ block: 'start' });
          for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
          return element.getBoundingClientRect().height;
        });
        (edition[part] ??= {})[width] = Math.ceil(height);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// The build writes them as CSS (scripts/lib/section-heights.mjs).
writeFileSync(new URL('../src/app/section-heights.json', import.meta.url), `${JSON.stringify(heights, null, 2)}\n`);
console.log(JSON.stringify(heights));
