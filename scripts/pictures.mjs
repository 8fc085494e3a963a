// Pictures of the built site, drawn at build time with no browser by satori (layout and text, with fonts from npm
// packages, never the machine's) and resvg (src/pictures; README, "Pictures for newsletters and link previews"):
// a link-preview card (1200 × 630) for each landing page, dist/pictures/card.*.png with dist/pictures/manifest.json,
// which scripts/prerender.mjs reads for og:image; the email pictures (one per step, chart and claim, and a summary
// card per whole view, also its oEmbed thumbnail), dist/pictures/email.*.png with email.json; and the tab icon,
// dist/favicon.png.
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
// Inside node_modules, so the bundle's external packages resolve from the project.
mkdirSync('node_modules/.tmp', { recursive: true });
const ssrOut = mkdtempSync(join(resolve('node_modules/.tmp'), 'explainer-pictures-'));

try {
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: 'src/pictures/email/pictures.ts', outDir: ssrOut, emptyOutDir: true, target: 'node20' },
    ssr: { noExternal: true, external: ['@resvg/resvg-js', 'satori'] },
  });
  /** @type {typeof import('../src/pictures/email/pictures.ts')} */
  const pictures = await import(pathToFileURL(join(ssrOut, 'pictures.js')).href);
  const readData = (/** @type {string} */ file) => readFileSync(join(dist, 'data', file), 'utf8');
  const outDir = join(dist, 'pictures');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const fonts = pictures.loadSatoriFonts();
  const drawnList = [];
  const bytes = { card: 0, email: 0 };
  for (const picture of [...pictures.cardPictures(readData), ...pictures.emailPictures(readData, process.env)]) {
    const drawn = await pictures.drawEmail(picture, fonts);
    writeFileSync(join(dist, drawn.file), drawn.png);
    bytes[picture.card ? 'card' : 'email'] += drawn.png.length;
    drawnList.push({ picture, drawn });
  }
  const json = (/** @type {unknown} */ value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(outDir, 'manifest.json'), json(pictures.buildCardManifest(drawnList)));
  writeFileSync(join(outDir, 'email.json'), json(pictures.buildEmailManifest(drawnList)));
  // The tab icon, as a PNG drawn from its SVG source. Chromium reads a page's icon again after every replaceState
  // (each step of a case view writes the address), and it parses an SVG icon as a whole SVG document on the page's
  // main thread each time: about 5 ms on this machine's CPU, 20 to 30 ms at the 4× slowdown the step budget uses.
  // Decoding a small PNG costs next to nothing.
  const icon = new Resvg(readFileSync(new URL('../src/pictures/favicon.svg', import.meta.url), 'utf8'), {
    fitTo: { mode: 'width', value: FAVICON_SIZE },
  }).render();
  writeFileSync(join(dist, 'favicon.png'), icon.asPng());
  const cards = drawnList.filter((each) => each.picture.card).length;
  const kb = (/** @type {number} */ value) => `${(value / 1024).toFixed(0)} KB`;
  console.log(
    `pictures: ${cards} cards (${kb(bytes.card)}) and ${drawnList.length - cards} email pictures ` +
      `(${kb(bytes.email)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  rmSync(ssrOut, { recursive: true, force: true });
}
