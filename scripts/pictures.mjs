// Pictures of the built site, drawn at build time with no browser: a link-preview card (1200 × 630) for each landing
// page and a picture of each view in each edition, as PNG (and SVG for the penalty charts), from the data in
// dist/data, the copy files and the app's own components, with fonts from npm packages, never the machine's
// (src/pictures/fonts.ts; README, "Pictures for newsletters and link previews"). Writes dist/pictures/*.png|svg and dist/pictures/manifest.json, which
// scripts/prerender.mjs reads for og:image and oEmbed thumbnails; the email pictures (one per step, chart and claim,
// and a summary card per view), dist/pictures/email.*.png and email.json; and the tab icon, dist/favicon.png.
// Usage: node scripts/pictures.mjs [distDir]   (run after `vite build`, before `node scripts/prerender.mjs`)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { build } from 'vite';

/** The tab icon's size in pixels (index.html and embed.html say `sizes="64x64"`): sharp at 16 px on a 4× screen. */
const FAVICON_SIZE = 64;

const started = performance.now();
const dist = resolve(process.argv[2] ?? 'dist');
// Inside node_modules, so the bundle's two native/external packages resolve from the project.
mkdirSync('node_modules/.tmp', { recursive: true });
const ssrOut = mkdtempSync(join(resolve('node_modules/.tmp'), 'explainer-pictures-'));

try {
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: 'src/pictures/node-entry.ts', outDir: ssrOut, emptyOutDir: true, target: 'node20' },
    ssr: { noExternal: true, external: ['@resvg/resvg-js', 'fontkit', 'satori'] },
  });
  /** @type {typeof import('../src/pictures/node-entry.ts')} */
  const pictures = await import(pathToFileURL(join(ssrOut, 'node-entry.js')).href);
  const fonts = pictures.loadFonts();
  const readData = (/** @type {string} */ file) => readFileSync(join(dist, 'data', file), 'utf8');
  const list = pictures.renderPictures(readData, fonts);
  const outDir = join(dist, 'pictures');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (const picture of list) {
    const raster = pictures.rasterize(picture.svg, fonts);
    if (raster.width !== picture.width || raster.height !== picture.height)
      throw new Error(
        `${picture.file}: drawn at ${raster.width}×${raster.height}, recorded as ${picture.width}×${picture.height}`,
      );
    writeFileSync(join(dist, picture.file), raster.png);
    bytes += raster.png.length;
    if (picture.svgFile) writeFileSync(join(dist, picture.svgFile), picture.svg);
  }
  // The tab icon, as a PNG drawn from its SVG source. Chromium reads a page's icon again after every replaceState
  // (each step of a case view writes the address), and it parses an SVG icon as a whole SVG document on the page's
  // main thread each time: about 5 ms on this machine's CPU, 20 to 30 ms at the 4× slowdown the step budget uses.
  // Decoding a small PNG costs next to nothing.
  const icon = new Resvg(readFileSync(new URL('../src/pictures/favicon.svg', import.meta.url), 'utf8'), {
    fitTo: { mode: 'width', value: FAVICON_SIZE },
  }).render();
  writeFileSync(join(dist, 'favicon.png'), icon.asPng());
  const manifest = pictures.buildManifest(list);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The email pictures (src/pictures/email): one per step, chart and claim, and a summary card per view, each
  // 1200 px wide with its credit, date and address drawn in; dist/pictures/email.json lists them.
  const emailStarted = performance.now();
  const satoriFonts = pictures.loadSatoriFonts();
  const emails = [];
  let emailBytes = 0;
  for (const picture of pictures.emailPictures(readData, process.env)) {
    const drawn = await pictures.drawEmail(picture, satoriFonts);
    writeFileSync(join(dist, drawn.file), drawn.png);
    emailBytes += drawn.png.length;
    emails.push({ picture, drawn });
  }
  writeFileSync(join(outDir, 'email.json'), `${JSON.stringify(pictures.buildEmailManifest(emails), null, 2)}\n`);
  console.log(
    `pictures: ${emails.length} email PNGs (${(emailBytes / 1024).toFixed(0)} KB) in ` +
      `${((performance.now() - emailStarted) / 1000).toFixed(1)} s`,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `pictures: ${list.length} PNGs (${(bytes / 1024).toFixed(0)} KB) for ${Object.keys(manifest).length} pages in ${seconds} s` +
      ` (fonts: ${Object.values(fonts.family).join(', ')})`,
  );
} finally {
  rmSync(ssrOut, { recursive: true, force: true });
}
