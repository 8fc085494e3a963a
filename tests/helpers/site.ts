import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveSite, type Served } from './serve.ts';

export interface BuiltSite {
  readonly browser: Browser;
  readonly server: Served;
}

/**
 * For the enclosing describe block: serve the built site (dist/) under the strict CSP, optionally under a
 * sub-path, and launch Chromium once; both are closed after the block. Read `site.browser` and `site.server`
 * inside tests (they exist only once beforeAll has run).
 */
export function useBuiltSite({ basePath }: { basePath?: string } = {}): BuiltSite {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    server = await serveSite(basePath ? { base: basePath } : {});
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
