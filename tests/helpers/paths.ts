import { fileURLToPath } from 'node:url';

/** Absolute path of the production build the browser tests serve. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A strict policy: the built app must work without inline scripts, inline styles or other origins. */
export const STRICT_CSP = { 'Content-Security-Policy': "default-src 'self'" } as const;
