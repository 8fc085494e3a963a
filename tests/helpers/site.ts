import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { writeHostPage } from './host-page.ts';
import { serveFolder, serveSite, type Served } from './serve.ts';

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

export interface BlogWithEmbeds {
  readonly browser: Browser;
  /** The built site, under a sub-path (`/explainers/amazon/` unless told otherwise). */
  readonly explainer: Served;
  /** The blog, on another origin. */
  readonly host: Served;
}

/** What writes a blog's pages: `page(name, body, head)` writes `name`.html into `dir`. */
type BlogPages = (
  page: (name: string, body: string, head?: string) => void,
  explainer: Served,
  dir: string,
) => void | Promise<void>;

/**
 * For the enclosing describe block: the built site, a blog on another origin whose pages `pages` writes into a
 * fresh folder (served with `hostHeaders`, if any), and Chromium; all closed and removed after the block. Read
 * `blog.browser`, `blog.explainer` and `blog.host` inside tests.
 */
export function useBlogWithEmbeds(
  pages: BlogPages,
  {
    base = '/explainers/amazon/',
    hostHeaders = {},
    classicScrollbars = false,
  }: {
    base?: string;
    /** Headers the blog sends (its CSP, which names the explainer's origin). */
    hostHeaders?: Record<string, string> | ((explainer: Served) => Record<string, string>);
    classicScrollbars?: boolean;
  } = {},
): BlogWithEmbeds {
  let browser: Browser | undefined;
  let explainer: Served | undefined;
  let host: Served | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    explainer = await serveSite({ base });
    const folder = mkdtempSync(join(tmpdir(), 'blog-'));
    dir = folder;
    await pages((name, body, head) => writeHostPage(folder, name, body, head), explainer, folder);
    host = await serveFolder(folder, typeof hostHeaders === 'function' ? hostHeaders(explainer) : hostHeaders);
    browser = await launchChromium({ classicScrollbars });
  });
  afterAll(async () => {
    await browser?.close();
    await explainer?.close();
    await host?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`useBlogWithEmbeds: the ${what} is only there inside tests`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get explainer() {
      return ready(explainer, 'explainer');
    },
    get host() {
      return ready(host, 'blog');
    },
  };
}
