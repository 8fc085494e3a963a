import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchFrameHeight } from '../helpers/frame-height.ts';
import { framesRendered, openPage } from '../helpers/page.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { useBlogWithEmbeds } from '../helpers/site.ts';

/** The document inside an iframe. */
async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  return frame;
}

/**
 * The loader on host pages it does not control (another origin), each page a case from the security review
 * (../shared/reviews/relsec.md, findings 1, 2, 6, 9, 10 and 15): hostile markup, deep links, late placeholders,
 * classic scrollbars, a second copy of the script, the versioned loader with its integrity hash, the host's theme.
 */
describe('the loader on host pages it does not control', () => {
  const blog = useBlogWithEmbeds((page, explainer) => {
    const loader = `${explainer.url}embed.js`;
    const script = `<script async src="${loader}"></script>`;
    // Finding 1: comments on a blog may carry ids and names; they must not steer the loader.
    page(
      'clobber',
      `<a id="__amazonPrivacyExplainer">x</a><a id="__amazonPrivacyExplainer" name="embedUrl" href="http://127.0.0.1:9/evil.html">y</a>
<form name="AmazonPrivacyExplainerEmbed"><input name="scan"></form>
<div data-explainer-view="penalties"></div><div data-explainer-view="constructor"></div><div data-explainer-view="__proto__"></div>${script}`,
    );
    // Finding 2: an embed on screen whose linked quote is far down inside it must not scroll the host to the
    // quote, nor take the focus from where the reader is typing.
    page(
      'deep',
      `<h1>Top of the post</h1><input id="comment" aria-label="comment"><div style="height:300px">text</div>
<div data-explainer-view="sources" data-quote="clubic-kept"></div>${script}`,
    );
    // Finding 9: placeholders added after load; the script included twice.
    page('late', `<main id="post"><div data-explainer-view="alexa"></div></main>${script}${script}`);
    // Finding 5: the versioned loader with its integrity hash, and a tampered hash that the browser refuses.
    const { file, integrity } = JSON.parse(readFileSync(join(DIST_DIR, 'embed-loader.json'), 'utf8'));
    page(
      'versioned',
      `<div data-explainer-view="ring"></div><script async src="${explainer.url}${file}" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    page(
      'tampered',
      `<div data-explainer-view="ring"></div><script async src="${explainer.url}${file}" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>`,
    );
    // Finding 6: a frame whose height decides whether the host has a scrollbar.
    page('scrollbar', `<div data-explainer-view="alexa"></div>${script}`, '<style>body{margin:0}</style>');
  });

  const frameSources = (page: Page) =>
    page.locator('iframe').evaluateAll((frames) => frames.map((frame) => (frame as HTMLIFrameElement).src));

  it('hostile ids and names on the host change nothing: every embed comes from the explainer', async () => {
    const opened = await openPage(blog.browser, `${blog.host.url}clobber.html`, { width: 900 });
    try {
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(3);
      for (const src of await frameSources(opened.page)) expect(src.startsWith(blog.explainer.url)).toBe(true);
      // A view named like an object's own property is an unknown view, with a plain title.
      for (const index of [1, 2]) {
        const iframe = opened.page.locator('iframe').nth(index);
        expect(await iframe.getAttribute('title')).not.toMatch(/function|object/i);
        const frame = await frameOf(iframe);
        await expect.poll(() => frame.locator('[role="alert"]').textContent(), { timeout: 15_000 }).toMatch(/alexa/);
      }
      const attributes = await opened.page
        .locator('iframe')
        .first()
        .evaluate((frame) => [frame.getAttribute('referrerpolicy'), frame.getAttribute('allow')]);
      expect(attributes).toEqual(['strict-origin-when-cross-origin', 'clipboard-write']);
    } finally {
      await opened.close();
    }
  });

  it('an embed with a linked quote neither scrolls the host page nor takes its focus', async () => {
    const opened = await openPage(blog.browser, `${blog.host.url}deep.html`, { width: 900, height: 700 });
    try {
      await opened.page.evaluate(() => {
        const counter = window as unknown as { scrolls: number };
        counter.scrolls = 0;
        window.addEventListener('scroll', () => (counter.scrolls += 1), true);
      });
      await opened.page.locator('#comment').focus();
      const frame = await frameOf(opened.page.locator('iframe'));
      // The frame has started its app (the address asks for a quote), and the quote is marked.
      await frame.locator('#sources[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
      // The viewer focuses and scrolls to a linked quote in the same commit as the section's ready mark, so by now
      // it has done so or decided not to. A scroll it started (smooth, so over several frames) would have moved
      // the host once the frame and then the host have each rendered a few frames: count the host's scroll events.
      await framesRendered(frame, 3);
      await framesRendered(opened.page, 3);
      expect(await opened.page.evaluate(() => (window as unknown as { scrolls: number }).scrolls)).toBe(0);
      expect(await opened.page.evaluate(() => window.scrollY)).toBe(0);
      expect(await opened.page.evaluate(() => document.activeElement?.id)).toBe('comment');
    } finally {
      await opened.close();
    }
  });

  it('embeds placeholders added after load, once each even with the script twice, and forgets removed ones', async () => {
    const opened = await openPage(blog.browser, `${blog.host.url}late.html`, { width: 900 });
    try {
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(1);
      await opened.page.evaluate(() => {
        const late = document.createElement('section');
        late.innerHTML = '<div data-explainer-view="ring"></div><div data-explainer-view="penalties"></div>';
        document.getElementById('post')!.append(late);
      });
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(3);
      expect(new Set(await frameSources(opened.page)).size).toBe(3);
      // The documented call does nothing more when there is nothing new.
      expect(
        await opened.page.evaluate(() =>
          (window as unknown as { AmazonPrivacyExplainerEmbed: { scan(): number } }).AmazonPrivacyExplainerEmbed.scan(),
        ),
      ).toBe(0);
      const frames = () =>
        opened.page.evaluate(() => {
          const registry = (window as unknown as Record<symbol, Map<string, { frames: Map<string, unknown> }>>)[
            Symbol.for('amazon-privacy-explainer.loader')
          ];
          return [...(registry?.values() ?? [])].reduce((sum, state) => sum + state.frames.size, 0);
        });
      expect(await frames()).toBe(3);
      await opened.page.evaluate(() => document.getElementById('post')!.replaceChildren());
      await expect.poll(frames).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('the versioned loader runs with its integrity hash; a tampered hash is refused', async () => {
    const versioned = await openPage(blog.browser, `${blog.host.url}versioned.html`, { width: 900 });
    try {
      await expect.poll(() => versioned.page.locator('iframe').count()).toBe(1);
    } finally {
      await versioned.close();
    }
    const tampered = await openPage(blog.browser, `${blog.host.url}tampered.html`, { width: 900 });
    try {
      // The browser has refused the script (it reports the integrity failure), so it never ran.
      await expect.poll(() => tampered.consoleErrors.join('\n')).toMatch(/integrity/);
      expect(await tampered.page.locator('iframe').count()).toBe(0);
    } finally {
      await tampered.close();
    }
  });

  it('the host can set every embed’s theme after load', async () => {
    const opened = await openPage(blog.browser, `${blog.host.url}late.html`, { width: 900 });
    try {
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(1);
      const frame = await frameOf(opened.page.locator('iframe'));
      await frame.waitForSelector('#root > *');
      const theme = () => frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto');
      // At first, the host page's own colours: a white page, a light embed (issue 29).
      expect(await theme()).toBe('light');
      await opened.page.evaluate(() =>
        (
          window as unknown as { AmazonPrivacyExplainerEmbed: { setTheme(theme: string): void } }
        ).AmazonPrivacyExplainerEmbed.setTheme('dark'),
      );
      await expect.poll(theme).toBe('dark');
      // Anyone else's message is ignored: only the parent page may set it. Once a listener added after the page's
      // own has the message, the page's listener has had it too (listeners run in the order they were added).
      await frame.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const message = { type: 'amazon-privacy-explainer:theme', v: 1, theme: 'light' };
            window.addEventListener('message', function handled(event) {
              if ((event.data as typeof message | null)?.theme !== message.theme) return;
              window.removeEventListener('message', handled);
              resolve();
            });
            window.postMessage(message, '*');
          }),
      );
      expect(await theme()).toBe('dark');
    } finally {
      await opened.close();
    }
  });

  it('speaks pym.js and AMP for hosts that resize frames their own way', async () => {
    const opened = await openPage(blog.browser, `${blog.host.url}late.html`, { width: 900 });
    try {
      // A plain iframe as a pym.js parent makes it (`childId`), listening as pym.js and amp-iframe do.
      await opened.page.evaluate(
        (src) => {
          const received: unknown[] = [];
          (window as unknown as { received: unknown[] }).received = received;
          window.addEventListener('message', (event) => received.push(event.data));
          const frame = document.createElement('iframe');
          frame.src = src;
          document.body.prepend(frame);
        },
        `${blog.explainer.url}embed/penalties.html?initialWidth=600&childId=pym-1&parentTitle=Post&parentUrl=${encodeURIComponent(blog.host.url)}`,
      );
      const received = () => opened.page.evaluate(() => (window as unknown as { received: unknown[] }).received);
      await expect
        .poll(
          async () =>
            (await received()).some(
              (data) => typeof data === 'string' && /^pymxPYMxpym-1xPYMxheightxPYMx\d+$/.test(data),
            ),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      const messages = await received();
      expect(messages).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
    } finally {
      await opened.close();
    }
  });
});

describe('the loader with classic scrollbars (Chromium not hiding them)', () => {
  const blog = useBlogWithEmbeds(
    (_page, explainer, dir) =>
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scrollbar</title><style>body{margin:0}</style></head><body><div data-explainer-view="alexa"></div><script async src="${explainer.url}embed.js"></script></body></html>`,
      ),
    { base: '/', classicScrollbars: true },
  );

  it('a height that would flip as the host’s scrollbar comes and goes settles', async () => {
    const opened = await openPage(blog.browser, blog.host.url, { width: 560, height: 4000 });
    try {
      const iframe = opened.page.locator('iframe');
      const frame = await frameOf(iframe);
      // Loaded: its start (boot-embed.ts) has run and reports the frame's height from now on.
      await frame.waitForLoadState('load');
      const watch = await watchFrameHeight(opened.page, iframe, frame);
      await watch.settles();
      // Without a scrollbar the frame is at its widest; with one, 15 px narrower and so shorter (a 16:9 scene).
      const wide = await iframe.evaluate((node) => node.getBoundingClientRect().height);
      const scrollbar = await opened.page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
      expect(scrollbar).toBe(0);
      // A window a few pixels shorter than the page: a scrollbar appears, the frame narrows and shrinks, the
      // scrollbar goes, the frame widens and grows… unless the loader damps it.
      const before = (await watch.sizes()).length;
      await opened.page.setViewportSize({ width: 560, height: Math.round(wide) - 3 });
      // Settles, and stays settled (see watchFrameHeight): without the damping it flips at every round.
      const sizes = (await watch.settles()).slice(before);
      expect(sizes.length, sizes.join(' ')).toBeLessThanOrEqual(3);
    } finally {
      await opened.close();
    }
  });
});
