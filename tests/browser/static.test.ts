import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../helpers/paths.ts';
import { serveSite } from '../helpers/serve.ts';
import { openPage, waitForDataCheck, waitForSection, type OpenedPage } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { SECTIONS, SITE_TITLE } from '../../src/lib/ui-strings.ts';
import { UI } from '../../src/lib/chrome-strings.ts';

type Lang = 'en' | 'zh-Hans';
const VIEWS = Object.keys(SECTIONS) as Array<keyof typeof SECTIONS>;
const LANGS: Lang[] = ['en', 'zh-Hans'];
const editionPath = (lang: Lang) => (lang === 'en' ? '' : 'zh-Hans/');
const embedPath = (view: string, lang: Lang) => `embed/${view}${lang === 'en' ? '' : '.zh-Hans'}.html`;

/** The ten landing pages: the explainer and each embed view, in each edition. */
const PAGES = LANGS.flatMap((lang) => [
  { path: editionPath(lang), lang, view: null as string | null },
  ...VIEWS.map((view) => ({ path: embedPath(view, lang), lang, view: view as string | null })),
]);

/** The page's canonical and hreflang links: rel, hreflang, the href as written. */
function editionLinksIn(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('rel'),
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]),
  );
}

/** Hydrated as prerendered, with no error, no failed request. */
function expectClean(opened: OpenedPage): void {
  expect(opened.hydrationMismatches).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.pageErrors.map(String)).toEqual([]);
  expect(opened.failedRequests).toEqual([]);
}

async function withoutScripts<T>(browser: Browser, url: string, read: (page: Page) => Promise<T>) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  try {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    return await read(page);
  } finally {
    await context.close();
  }
}

describe('every landing page is complete before any script runs (served under a sub-path)', () => {
  const site = useBuiltSite({ basePath: '/news/amazon/' });

  for (const { path, lang, view } of PAGES) {
    it(`${path || '(root)'}: ${lang}, drawn, nothing waiting to load`, async () => {
      await withoutScripts(site.browser, `${site.server.url}${path}`, async (page) => {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const sections = view ? [view] : VIEWS;
        for (const id of sections) {
          const heading = page.locator(`#${id} h2`).first();
          expect(await heading.textContent()).toBe(SECTIONS[id as keyof typeof SECTIONS].title[lang]);
        }
        // No loading state, no alert.
        expect(await page.locator('[data-loading], [role="status"]:has-text("…")').count()).toBe(0);
        expect(await page.getByRole('alert').count()).toBe(0);
        // The pictures are drawn: the case scenes' first step, the penalty charts' bars.
        for (const id of ['alexa', 'ring'].filter((id) => sections.includes(id)))
          expect(await page.locator(`#${id} [data-scene] svg > g[transform]`).count()).toBeGreaterThan(3);
        if (sections.includes('penalties'))
          expect(await page.locator('#penalties svg rect').count()).toBeGreaterThan(20);
        if (sections.includes('sources')) expect(await page.locator('#sources blockquote').count()).toBeGreaterThan(40);
        // The page's own words in the edition's language (quotes keep theirs).
        expect(await page.locator('#new-tab-hint').textContent()).toBe(UI[lang].embed.newTab);
        // Its stylesheet and favicon load from the site root, one folder up where the page is.
        const css = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="icon"]')].map(
            (l) => l.href,
          ),
        );
        expect(css.filter((href) => href.endsWith('.css') && href.includes('/assets/'))).toHaveLength(1);
        for (const href of css) expect(href.startsWith(site.server.url) && !href.includes('/zh-Hans/')).toBe(true);
        if (view || lang !== 'en') expect(css).toContain(`${site.server.url}noscript.css`);

        // Canonical and hreflang links are absolute or absent (the build was not told the site's address; the
        // entry script adds them, tested below).
        expect(await editionLinksIn(page)).toEqual([]);
        if (view) {
          expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
          // The credit links to the same section of the same edition's page.
          const full = await page
            .locator('a[target="_blank"]')
            .last()
            .evaluate((a) => (a as HTMLAnchorElement).href);
          expect(full).toBe(`${site.server.url}${editionPath(lang)}#${view}`);
        } else {
          expect(await page.locator('h1').textContent()).toBe(SITE_TITLE[lang]);
          // The language switch works without scripts and stays under the sub-path.
          const other: Lang = lang === 'en' ? 'zh-Hans' : 'en';
          const switchTo = await page
            .locator(`nav a[hreflang="${other}"]`)
            .evaluate((a) => (a as HTMLAnchorElement).href);
          expect(switchTo).toBe(`${site.server.url}${editionPath(other)}`);
        }
      });
    });
  }

  for (const lang of LANGS)
    it(`the ${lang} page hydrates as it is: no mismatch, no re-render from scratch, no console error`, async () => {
      const opened = await openPage(site.browser, `${site.server.url}${editionPath(lang)}`, { width: 1280 });
      try {
        const before = await opened.page.locator('#penalties h2').elementHandle();
        for (const id of VIEWS) await waitForSection(opened.page, id);
        // The same element: hydrated in place, not thrown away and drawn again.
        expect(await before?.evaluate((node) => node.isConnected)).toBe(true);
        expect(await opened.page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(opened.requests.some((url) => url.endsWith(`/news/amazon/data/copy.${lang}.json`))).toBe(true);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    });

  it('a copy file edited on the host after the build: React redraws that text from the live file, and says so', async () => {
    const copy = readFileSync(join(DIST_DIR, 'data', 'copy.zh-Hans.json'), 'utf8').replace(
      'Alexa 会录下人们对它说的请求。',
      'Alexa 会录下人们对它说的每一个请求（编辑过）。',
    );
    const edited = await serveSite({
      faults: { 'data/copy.zh-Hans.json': { body: copy } },
    });
    const opened = await openPage(site.browser, `${edited.url}${embedPath('alexa', 'zh-Hans')}`, { width: 375 });
    try {
      await opened.page.locator('#alexa[data-ready]').waitFor({ state: 'attached' });
      await expect.poll(() => opened.page.getByText('（编辑过）').count()).toBeGreaterThan(0);
      expect(opened.hydrationMismatches.length).toBeGreaterThan(0);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
      await edited.close();
    }
  });

  it('each static embed hydrates in place, and ?lang= on the English page leads to the Chinese one', async () => {
    for (const view of VIEWS) {
      const opened = await openPage(site.browser, `${site.server.url}${embedPath(view, 'zh-Hans')}?id=e1`, {
        width: 375,
      });
      try {
        const before = await opened.page.locator('h2').first().elementHandle();
        // The reader's pointer over the frame brings the code.
        await opened.page.mouse.move(40, 40);
        await opened.page.locator(`#${view}[data-ready]`).waitFor({ state: 'attached' });
        expect(await before?.evaluate((node) => node.isConnected)).toBe(true);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    }
    const opened = await openPage(site.browser, `${site.server.url}?lang=zh-Hans&ring-step=3#ring`, { width: 375 });
    try {
      await opened.page.waitForURL(`${site.server.url}zh-Hans/?ring-step=3#ring`);
      await expect.poll(() => opened.page.locator('h1').textContent()).toBe(SITE_TITLE['zh-Hans']);
    } finally {
      await opened.close();
    }
  });

  it('each landing page asks for one script before the reader acts, the same one on every page', async () => {
    // One request for code before the first paint: a second or third (chunks an entry shares with the other
    // page's entry) waits for a connection of its own on a slow network.
    const loaded = new Set<string>();
    for (const { path } of PAGES) {
      const opened = await openPage(site.browser, `${site.server.url}${path}`, { width: 375, height: 640 });
      try {
        const named = await opened.page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]'),
          ].map((element) => ('src' in element ? element.src : element.href)),
        );
        // Until the page has decided, with no reader, whether its app must start (the data check after load).
        await waitForDataCheck(opened);
        const scripts = opened.requests.filter((url) => url.endsWith('.js'));
        expect({ path, named, scripts }).toEqual({ path, named: scripts, scripts: [expect.any(String)] });
        loaded.add(scripts[0]!);
      } finally {
        await opened.close();
      }
    }
    expect(loaded.size).toBe(1);
  });

  it('the main page fetches no app code until the reader nears a section or acts', async () => {
    // A phone: the opening fills the first screen, the first section's heading is further down.
    const opened = await openPage(site.browser, site.server.url, { width: 375, height: 640 });
    try {
      // The page's own entry (boot.ts) and what it imports are the scripts it names; the app's code is the rest.
      const entry = await opened.page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]'),
        ].map((element) => ('src' in element ? element.src : element.href)),
      );
      const appCode = () => opened.requests.filter((url) => url.endsWith('.js') && !entry.includes(url));
      const heading = await opened.page.locator('#alexa h2').boundingBox();
      expect(heading!.y).toBeGreaterThan(640 * 1.25);
      // Nothing asks for the app until the page's own check of the data files is done: then it would have.
      await waitForDataCheck(opened);
      expect(appCode()).toEqual([]);
      // The data files are read (unchanged since the build, so nothing more happens).
      expect(opened.requests.filter((url) => url.includes('/data/')).length).toBe(8);
      // The first key press (a Tab to the skip link) brings the code, and the page comes alive.
      await opened.page.keyboard.press('Tab');
      await expect.poll(() => appCode().length).toBeGreaterThan(0);
      await waitForSection(opened.page, 'alexa');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('an embed fetches no app code until the reader acts, and its first press is not lost', async () => {
    const opened = await openPage(site.browser, `${site.server.url}${embedPath('ring', 'en')}?id=e1`, {
      width: 375,
    });
    try {
      const entry = await opened.page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]'),
        ].map((element) => ('src' in element ? element.src : element.href)),
      );
      const appCode = () => opened.requests.filter((url) => url.endsWith('.js') && !entry.includes(url));
      await waitForDataCheck(opened);
      expect(appCode()).toEqual([]);
      const view = opened.page.locator('#ring');
      const title = () =>
        view.getByRole('group', { name: 'The Ring case, step by step' }).getByRole('heading', { level: 3 }).innerText();
      const first = await title();
      // A press on Next before the code is there: held, then replayed once the view is interactive.
      await view.getByRole('button', { name: /Next/ }).click();
      expect(await view.getAttribute('data-ready')).toBeNull();
      await opened.page.locator('#ring[data-ready]').waitFor({ state: 'attached' });
      await expect.poll(title).not.toBe(first);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('every page gets absolute canonical (and, for the main pages, hreflang) links from its entry script', async () => {
    for (const { path, lang, view } of PAGES) {
      const opened = await openPage(site.browser, `${site.server.url}${path}`, { width: 375 });
      try {
        const edition = `${site.server.url}${editionPath(lang)}`;
        await expect
          .poll(() => editionLinksIn(opened.page))
          .toEqual(
            view
              ? [['canonical', null, `${edition}#${view}`]]
              : [
                  ['canonical', null, edition],
                  ['alternate', 'en', site.server.url],
                  ['alternate', 'zh-Hans', `${site.server.url}zh-Hans/`],
                  ['alternate', 'x-default', site.server.url],
                ],
          );
        expect(opened.consoleErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  it('every page names its link-preview card, and every embed page its oEmbed document, both fetchable', async () => {
    const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    for (const { path, view } of PAGES) {
      const pageUrl = `${site.server.url}${path}`;
      const html = await (await fetch(pageUrl)).text();
      const meta = (property: string) =>
        html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1] ?? null;
      expect(meta('twitter:card'), path).toBe('summary_large_image');
      const card = await fetch(new URL(meta('og:image')!, pageUrl));
      expect(card.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await card.arrayBuffer()))).toEqual([
        Number(meta('og:image:width')),
        Number(meta('og:image:height')),
      ]);
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
      expect(meta('og:image:alt')!.length).toBeGreaterThan(20);
      const discovery = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/)?.[1];
      if (!view) {
        expect(discovery).toBeUndefined();
        continue;
      }
      const oembedUrl = new URL(discovery!, pageUrl);
      const response = await fetch(oembedUrl);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const document = await response.json();
      expect(document).toMatchObject({ version: '1.0', type: 'rich', width: 640 });
      expect(Number.isInteger(document.height)).toBe(true);
      // Its snippet frames this very page; its thumbnail is the view's full picture.
      const src = document.html.match(/<iframe src="([^"]*)"/)[1];
      expect(new URL(src, site.server.url).href).toBe(pageUrl);
      const thumbnail = await fetch(new URL(document.thumbnail_url, site.server.url));
      expect(pngSize(Buffer.from(await thumbnail.arrayBuffer()))).toEqual([
        document.thumbnail_width,
        document.thumbnail_height,
      ]);
    }
  });

  it('the Embed dialog offers the versioned loader with its hash, and a picture for newsletters', async () => {
    const opened = await openPage(site.browser, `${site.server.url}zh-Hans/`, { width: 1280 });
    try {
      await waitForSection(opened.page, 'penalties');
      await opened.page.locator('#penalties').getByRole('button', { name: /^嵌入/ }).click();
      const dialog = opened.page.getByRole('dialog');
      const picture = dialog.getByRole('textbox', { name: /电子邮件和新闻简报/ });
      await expect.poll(() => picture.count()).toBe(1);
      const pictureCode = await picture.inputValue();
      expect(pictureCode).toContain(`<a href="${site.server.url}zh-Hans/#penalties">`);
      // One chart by default (the compact embed), and its picture drawn for email.
      expect(pictureCode).toContain(`src="${site.server.url}pictures/email.penalties.chart-breakdown.zh-Hans.png"`);
      const loader = await dialog.getByRole('textbox', { name: /自动调整高度/ }).inputValue();
      expect(loader).toMatch(/src="[^"]+\/embed\.v1\.[0-9a-f]+\.js" integrity="sha384-[^"]+" crossorigin="anonymous"/);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('the key points open both editions without scripts, each leading to a section; the page carries its JSON-LD', async () => {
    for (const lang of LANGS) {
      const html = await (await fetch(`${site.server.url}${editionPath(lang)}`)).text();
      const json = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1];
      const items = JSON.parse(json!);
      expect(items[0]).toMatchObject({ '@type': 'NewsArticle', inLanguage: lang });
      expect(items.filter((item: { '@type': string }) => item['@type'] === 'ClaimReview').length).toBeGreaterThan(20);
    }
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    try {
      for (const lang of LANGS) {
        const page = await context.newPage();
        await page.goto(`${site.server.url}${editionPath(lang)}`);
        const box = page.locator('#key-points-title').locator('..');
        expect(await page.locator('#key-points-title').textContent()).toBe(lang === 'en' ? 'Key points' : '要点');
        const items = box.getByRole('listitem');
        expect(await items.count()).toBe(4);
        for (const href of await box.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
          expect(await page.locator(`section${href}`).count()).toBe(1);
        // Figures come from the facts, filled in at build time: no token is left.
        expect(await box.textContent()).not.toMatch(/[{}]/);
        expect(await box.textContent()).toContain(lang === 'en' ? '$25 million' : '2500万美元');
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('each case says, without scripts, what its order requires, what is not known and what it means for readers', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      for (const lang of LANGS) {
        const page = await context.newPage();
        await page.goto(`${site.server.url}${editionPath(lang)}`);
        for (const caseId of ['alexa', 'ring']) {
          const group = page
            .getByRole('group', { name: lang === 'en' ? 'After the settlement' : '和解之后' })
            .and(page.locator(`[aria-labelledby="${caseId}-aftermath-title"]`));
          // The Alexa case adds what has changed since (the amended COPPA Rule); Ring has no later rule.
          const headings =
            lang === 'en'
              ? ['What the order requires', 'What is not known', 'What has changed since', 'What it means for you']
              : ['命令要求什么', '尚不清楚的事', '此后的变化', '这对你意味着什么'];
          expect(await group.locator('h4').allTextContents()).toEqual(
            caseId === 'alexa' ? headings : headings.filter((_, index) => index !== 2),
          );
          const entries = group.locator('li').filter({ has: page.locator('time') });
          expect(await entries.count()).toBeGreaterThan(5);
          for (const entry of await entries.all()) {
            // A source (a note marker, which leads to the full citation), and the date it was last checked; no token
            // left unfilled.
            expect(await entry.locator('a[data-note-marker]').count()).toBeGreaterThan(0);
            expect(await entry.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(await entry.textContent()).not.toMatch(/[{}]/);
          }
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
