import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the production build the browser tests serve: `dist/`, or `$DIST_DIR` when set
 * (so several builds can be tested side by side, e.g. `vite build --outDir /tmp/dist-x`).
 */
export const DIST_DIR = process.env.DIST_DIR
  ? `${resolve(process.env.DIST_DIR)}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));
