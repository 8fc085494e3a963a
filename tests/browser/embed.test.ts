import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchFrameHeight } from '../helpers/frame-height.ts';
import { openPage } from '../helpers/page.ts';
import { serveFolder } from '../helpers/serve.ts';
import { useBlogWithEmbeds } from '../helpers/site.ts';

const VIEWS = ['alexa', 'ring', 'penalties', 'sources'] as const;

/** Height of the embed's content (the shell inside #root), measured inside the frame. */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const shell = document.getElementById('root')?.firstElementChild;
    return shell ? shell.getBoundingClientRect().height : -1;
  });
}

async function frameFor(page: Page, index: number): Promise<{ frame: Frame; height: () => Promise<number> }> {
  const element = page.locator('iframe').nth(index);
  await element.scrollIntoViewIfNeeded();
  const handle = await element.elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no frame`);
  await frame.waitForSelector('#root > *');
  return { frame, height: () => element.evaluate((node) => node.getBoundingClientRect().height) };
}

/** Wait until the iframe's height matches its content (within 4 px) and report both. */
async function settled(page: Page, index: number) {
  const { frame, height } = await frameFor(page, index);
  await expect
    .poll(async () => Math.abs((await height()) - (await contentHeight(frame))), { timeout: 15_000 })
    .toBeLessThanOrEqual(4);
  return { frame, height };
}

describe('embeds on a host page from another origin', () => {
  // The explainer under a sub-path, the host blog on another port (another origin), each with a strict CSP.
  const blog = useBlogWithEmbeds(
    (_page, explainer, dir) => {
      const placeholders = VIEWS.map((view) => `<h2>${view}</h2>\n<div data-explainer-view="${view}"></div>`).join(
        '\n<p>Blog text between embeds.</p>\n',
      );
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title></head>
<body><h1>My post about Amazon</h1>
${placeholders}
<h2>unknown</h2><div data-explainer-view="bogus"></div>
<h2>unknown claim</h2><div data-explainer-view="sources" data-claim="no-such-claim" data-lang="zh-Hans"></div>
<script async src="${explainer.url}embed.js"></script></body></html>`,
      );
      writeFileSync(join(dir, 'favicon.ico'), '');
    },
    {
      // The policy the README tells hosts to add for the explainer's origin.
      hostHeaders: (explainer) => {
        const origin = new URL(explainer.url).origin;
        return { 'Content-Security-Policy': `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin}` };
      },
    },
  );

  for (const width of [360, 900]) {
    it(`at ${width} px every iframe is titled and sized to its content within 4 px`, async () => {
      const opened = await openPage(blog.browser, blog.host.url, { width, height: 800 });
      const { page } = opened;
      try {
        await expect.poll(() => page.locator('iframe').count()).toBe(6);
        for (let index = 0; index < VIEWS.length; index += 1) {
          const iframe = page.locator('iframe').nth(index);
          expect(await iframe.getAttribute('title')).toBeTruthy();
          expect(await iframe.getAttribute('loading')).toBe('lazy');
          const { frame } = await settled(page, index);
          expect(await frame.locator('h1').textContent()).toBeTruthy();
          expect(await frame.locator('[role="alert"]').count()).toBe(0);
          // The frame fills its container's width: no sideways scrolling inside or outside.
          expect(
            await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ).toBeLessThanOrEqual(0);
        }
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBeLessThanOrEqual(0);
        expect(opened.pageErrors.map(String)).toEqual([]);
        expect(opened.consoleErrors, opened.consoleErrors.join('\n')).toEqual([]);
        const allowed = new Set([new URL(blog.host.url).origin, new URL(blog.explainer.url).origin]);
        expect(opened.requests.filter((url) => !allowed.has(new URL(url).origin))).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('follows the content when the window is resized (no resize loop)', async () => {
    const { page, close } = await openPage(blog.browser, blog.host.url, { width: 900, height: 800 });
    try {
      const { height } = await settled(page, 2);
      const wide = await height();
      await page.setViewportSize({ width: 360, height: 800 });
      await expect.poll(async () => Math.abs((await height()) - wide)).toBeGreaterThan(20);
      const { frame } = await settled(page, 2);
      // Stable afterwards: the height does not keep growing. Once the frame's animations are done, rounds of
      // report, message and layout (see watchFrameHeight) find it still; a resize loop changes it at every round.
      await frame.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
            .map((animation) => animation.finished),
        ),
      );
      const watch = await watchFrameHeight(page, page.locator('iframe').nth(2), frame);
      await watch.settles();
      const first = await height();
      expect(Math.abs(first - (await contentHeight(frame)))).toBeLessThanOrEqual(4);
    } finally {
      await close();
    }
  });

  it('follows the content after an interaction inside the embed', async () => {
    const { page, close } = await openPage(blog.browser, blog.host.url, { width: 900, height: 800 });
    try {
      const { frame, height } = await settled(page, 3);
      const before = await height();
      // Choose the article with the most quotes (the embed opens on one in the page's language, with fewer): the
      // panel, and so the embed, gets taller. The click comes before the embed's code (it loads where the reader
      // acts) and is answered at once (lib/early-press.ts); the app then takes over from it.
      await frame.locator('[role="tab"][data-value="kjdh-2023-06-01"]').click();
      await frame.locator('#sources[data-ready]').waitFor({ state: 'attached' });
      await expect.poll(async () => Math.abs((await height()) - before), { timeout: 10_000 }).toBeGreaterThan(50);
      await expect.poll(async () => Math.abs((await height()) - (await contentHeight(frame)))).toBeLessThanOrEqual(4);
    } finally {
      await close();
    }
  });

  it('an unknown view shows a clear message inside its frame, listing the valid views', async () => {
    const { page, close } = await openPage(blog.browser, blog.host.url, { width: 900 });
    try {
      const { frame } = await settled(page, 4);
      const alert = frame.locator('[role="alert"]');
      expect(await alert.textContent()).toMatch(/“bogus”.*alexa.*ring.*penalties.*sources/s);
    } finally {
      await close();
    }
  });

  it('a claim with no page of its own shows a clear message in the asked edition, not the host’s 404 page', async () => {
    const opened = await openPage(blog.browser, blog.host.url, { width: 900 });
    try {
      const { frame } = await settled(opened.page, 5);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
      const alert = frame.locator('[role="alert"]');
      expect(await alert.textContent()).toMatch(/“no-such-claim”.*two-days/s);
      expect(opened.consoleErrors, opened.consoleErrors.join('\n')).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  for (const address of ['embed/ring.html?ring-step=3&theme=dark', 'embed.html?view=ring&ring-step=3&theme=dark'])
    it(`the embed links to the full explainer at the same section and state, in a new tab (${address})`, async () => {
      const { page, close } = await openPage(blog.browser, `${blog.explainer.url}${address}`, {
        width: 600,
      });
      try {
        const link = page.getByRole('link', { name: /Open the full explainer/ });
        await page.locator('#ring[data-ready]').waitFor({ state: 'attached' });
        expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
          `${blog.explainer.url}?ring-step=3#ring`,
        );
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        // Opened on its own, with no host to show through, it paints its own background (in a frame it is
        // transparent unless `bg=page`: embed-compact.test.ts).
        const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(await background()).toBe('rgb(18, 18, 20)');
      } finally {
        await close();
      }
    });

  it('an embed’s language names it: its page title, and its frame title on the host page', async () => {
    const { page, close } = await openPage(
      blog.browser,
      `${blog.explainer.url}embed.html?view=penalties&lang=zh-Hans`,
      {
        width: 600,
      },
    );
    try {
      await expect.poll(() => page.title()).toBe('这些钱，放在比例中看 — 亚马逊2023年隐私和解案解读');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    } finally {
      await close();
    }
    const langDir = mkdtempSync(join(tmpdir(), 'embed-lang-'));
    writeFileSync(
      join(langDir, 'index.html'),
      `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>博客</title></head><body>
<div data-explainer-view="ring" data-lang="zh-Hans"></div><script async src="${blog.explainer.url}embed.js"></script></body></html>`,
    );
    const langHost = await serveFolder(langDir);
    const opened = await openPage(blog.browser, langHost.url, { width: 600 });
    try {
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(1);
      expect(await opened.page.locator('iframe').getAttribute('title')).toBe(
        'Ring 案：谁在观看 — 亚马逊2023年隐私和解案解读',
      );
    } finally {
      await opened.close();
      await langHost.close();
      rmSync(langDir, { recursive: true, force: true });
    }
  });

  it('a plain iframe without the script still works (scrolling inside)', async () => {
    const plainDir = mkdtempSync(join(tmpdir(), 'embed-plain-'));
    writeFileSync(
      join(plainDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body>
<iframe src="${blog.explainer.url}embed.html?view=penalties&part=full" title="The money, in proportion" width="100%" height="500"></iframe></body></html>`,
    );
    const plain = await serveFolder(plainDir);
    const { page, close } = await openPage(blog.browser, plain.url, { width: 800 });
    try {
      const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
      await frame!.waitForSelector('#penalties table');
      expect(await frame!.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(500);
      // Nobody resizes it: the frame keeps the height the host gave it.
      expect(await frame!.evaluate(() => window.innerHeight)).toBe(500);
    } finally {
      await close();
      await plain.close();
      rmSync(plainDir, { recursive: true, force: true });
    }
  });
});
