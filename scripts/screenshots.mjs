// Screenshots of the built page at 375 and 1280 px, light and dark: `node scripts/screenshots.mjs [outDir] [path]`.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.mjs';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { servePreview } from './lib/preview.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const path = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });
const server = await servePreview({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && console.log(`[console ${width} ${colorScheme}]`, m.text()));
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const file = `${outDir}/page-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
