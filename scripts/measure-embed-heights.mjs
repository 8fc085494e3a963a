// Writes src/features/embed/height-hints.generated.json: how tall each embed page is at the widths blogs use, per
// edition and (for a case) per step, measured in Chromium from the built pages. The loader gives a new frame its
// page's height at the frame's width and the snippets reserve it at a phone's, so nothing on the host page moves
// when the frame arrives (src/features/embed/heights.ts). Ours because it needs a real layout engine and the built
// pages, which the build itself does not start. Run after `npm run build` when the copy or the embeds' layout
// changes; tests/browser/embed-heights.test.ts fails when a page no longer matches the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.mjs';
import { servePreview } from './lib/preview.mjs';

/** The column widths measured: phones, narrow and wide blog columns, and a page without a column. */
const WIDTHS = [320, 360, 400, 480, 600, 680, 768, 1024];
const NARROWEST = 320;
const LANGS = ['en', 'zh-Hans'];
const dist = new URL('../dist/', import.meta.url);

/** @typedef {{ key: string, file: string, steps?: number, param?: string }} EmbedPage */

/** Every embed page: its table key, its file (without the edition), and how many steps it can open on. @returns {EmbedPage[]} */
function pages() {
  const read = (/** @type {string} */ file) => JSON.parse(readFileSync(new URL(`data/${file}`, dist), 'utf8'));
  /** @type {string[]} */
  const claims = read('claims.json').claims.map((/** @type {{ id: string }} */ claim) => claim.id);
  /** @type {Record<string, number>} */
  const steps = Object.fromEntries(
    read('cases.json').cases.map((/** @type {{ id: string, steps: unknown[] }} */ entry) => [
      entry.id,
      entry.steps.length,
    ]),
  );
  return [
    ...['alexa', 'ring'].flatMap((view) => [
      { key: view, file: `embed/${view}`, steps: steps[view], param: `${view}-step` },
      { key: `${view}.step`, file: `embed/${view}.step`, steps: steps[view], param: `${view}-step` },
    ]),
    { key: 'penalties', file: 'embed/penalties' },
    ...['breakdown', 'time', 'coppa', 'ceiling'].map((chart) => ({
      key: `penalties.chart-${chart}`,
      file: `embed/penalties.chart-${chart}`,
    })),
    { key: 'sources', file: 'embed/sources' },
    ...claims.map((claim) => ({ key: `claims/${claim}`, file: `embed/claims/${claim}` })),
  ];
}

/** The page's content height once it stops changing (the app may redraw a chart for the width). @param {import('playwright-core').Page} page */
async function settledHeight(page) {
  return page.evaluate(async () => {
    const root = /** @type {HTMLElement} */ (document.getElementById('root'));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    let same = 0;
    while (same < 3) {
      await frame();
      const height = Math.ceil(root.getBoundingClientRect().height);
      same = height === last ? same + 1 : 0;
      last = height;
    }
    return last;
  });
}

const server = await servePreview({ root: dist.pathname });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
/** @type {Record<string, Record<string, number[][]>>} */
const table = {};
try {
  const page = await browser.newPage({ viewport: { width: NARROWEST, height: 800 } });
  for (const spec of pages()) {
    for (const lang of LANGS) {
      const rows = [];
      for (let step = 1; step <= (spec.steps ?? 1); step += 1) {
        const query = spec.steps && step > 1 ? `?${spec.param}=${step}` : '';
        await page.setViewportSize({ width: NARROWEST, height: 800 });
        await page.goto(`${server.url}${spec.file}${lang === 'en' ? '' : `.${lang}`}.html${query}`);
        // A page the app starts at once (a step in the address) is measured as the app leaves it.
        const woken = query;
        if (woken) await page.locator('section[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
        const row = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          row.push(await settledHeight(page));
        }
        rows.push(row);
      }
      (table[spec.key] ??= {})[lang] = rows;
    }
    console.log(spec.key, JSON.stringify(table[spec.key]?.en?.map((row) => row[1])));
  }
} finally {
  await browser.close();
  await server.close();
}

writeFileSync(
  new URL('../src/features/embed/height-hints.generated.json', import.meta.url),
  `${JSON.stringify({ widths: WIDTHS, pages: table })}\n`,
);
