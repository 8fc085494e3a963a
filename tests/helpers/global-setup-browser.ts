import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium.ts';
import { DIST_DIR } from './paths.ts';

/**
 * Browser tests run against the production build in dist/, in Debian Chromium. `npm test` has checked Chromium
 * first (scripts/ensure-chromium.mjs); this same check covers `vitest run` called directly.
 */
export default function setup(): void {
  if (!existsSync(`${DIST_DIR}index.html`)) {
    throw new Error(`dist/index.html not found: run npm run build first (browser tests test the production build).`);
  }
  ensureChromium();
}
