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

/**
 * The strict policy the built app and every embed must run under with no violation: nothing from another origin,
 * no inline script or style, no <base>, no plugins, no form posts, and Trusted Types (no HTML parsed from strings
 * into script sinks). README "Content-Security-Policy" recommends it, with `frame-ancestors`.
 */
export const STRICT_POLICY =
  "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'; require-trusted-types-for 'script'";
