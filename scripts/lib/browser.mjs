// What every browser run of this project shares (the browser tests, the bench, the screenshots and the
// step-animation measure): Debian Chromium's flags and the strict Content-Security-Policy the built site
// must work under.

/**
 * Flags for headless Debian Chromium on a machine with no network beyond loopback: no sandbox (root in CI),
 * no GPU, and none of the background connections that would be refused here.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

/** Debian's Chromium, or $CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The strict policy: the built app must work with no inline script or style and no other origin. */
export const STRICT_CSP = Object.freeze({ 'Content-Security-Policy': "default-src 'self'" });
