import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { DIST_DIR, STRICT_CSP } from './paths.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * For the enclosing describe block: serve the built site (dist/) under the strict CSP, optionally under a
 * sub-path, and launch Chromium once; both are closed after the block. Read `site.browser` and `site.server`
 * inside tests (they exist only once beforeAll has run).
 */
export function useBuiltSite({ basePath }: { basePath?: string } = {}): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer({ root: DIST_DIR, basePath, headers: STRICT_CSP });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBuiltSite: the browser is only there inside tests');
      return browser;
    },
    get server() {
      if (!server) throw new Error('useBuiltSite: the server is only there inside tests');
      return server;
    },
  };
}
