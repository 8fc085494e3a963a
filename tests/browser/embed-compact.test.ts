/**
 * Issue 29: embeds a blogger would pick. One step, one chart or one claim, each short enough to be a section of a
 * post; heights known before the frame arrives (the measured table matches the built pages); at home on any blog
 * (transparent, dark on a dark blog even on a light system, following the blog's own switch); no console warning
 * on the host page; and after any press inside a frame, the frame is as tall as its content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hintKey, measuredHeight } from '../../src/features/embed/heights';
import { framesRendered, openPage } from '../helpers/page.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { useBlogWithEmbeds } from '../helpers/site.ts';

const LANGS = ['en', 'zh-Hans'] as const;
/** Issue 29's heights at 360 px, before any press. */
const LIMITS = { step: 900, chart: 700, claim: 700 };
const CHARTS = ['breakdown', 'time', 'coppa', 'ceiling'];
const claims = (JSON.parse(readFileSync(join(DIST_DIR, 'data/claims.json'), 'utf8')) as { claims: { id: string }[] })
  .claims;
const cases = (
  JSON.parse(readFileSync(join(DIST_DIR, 'data/cases.json'), 'utf8')) as { cases: { id: string; steps: unknown[] }[] }
).cases;

/** The content's height once it stops changing (the app may redraw a chart for the width). */
async function settledContent(page: Page | Frame): Promise<number> {
  let last = -1;
  for (let same = 0; same < 3;) {
    await framesRendered(page, 1);
    const height = await page.evaluate(() =>
      Math.ceil(document.getElementById('root')!.getBoundingClientRect().height),
    );
    same = height === last ? same + 1 : 0;
    last = height;
  }
  return last;
}

describe('compact embeds', () => {
  const blog = useBlogWithEmbeds((page, explainer, dir) => {
    const script = `<script async src="${explainer.url}embed.js"></script>`;
    const four = [
      '<div data-explainer-view="alexa" data-step="2"></div>',
      '<div data-explainer-view="ring" data-step="3"></div>',
      '<div data-explainer-view="penalties" data-chart="coppa"></div>',
      '<div data-explainer-view="sources" data-claim="two-days"></div>',
    ].join('<p>Blog text between embeds.</p>');
    page('four', `<main><h1>A post</h1>${four}</main>${script}`);
    // A dark blog that sets only its colours (no color-scheme), read on a light system.
    page(
      'dark',
      `<main><h1>A dark blog</h1><div data-explainer-view="ring" data-step="3"></div></main>${script}`,
      '<style>body { background: rgb(17, 24, 39); color: rgb(229, 231, 235); margin: 0; }</style>',
    );
    // A cream blog with its own dark-mode switch, a class on <body>.
    page(
      'switch',
      `<main><div data-explainer-view="penalties" data-chart="time"></div></main>${script}`,
      '<style>body { background: rgb(250, 240, 220); margin: 0; } body.night { background: rgb(20, 20, 24); }</style>',
    );
    page(
      'whole',
      ['alexa', 'ring', 'penalties', 'sources']
        .map((view) => `<div data-explainer-view="${view}" data-mode="full"></div>`)
        .join('<p>Between.</p>') + script,
    );
    writeFileSync(join(dir, 'favicon.ico'), '');
  });

  it('at 360 px, before any press: a step ≤ 900 px, a chart ≤ 700, a claim ≤ 700, as the height table says', async () => {
    const { page, close } = await openPage(blog.browser, blog.explainer.url, { width: 360 });
    const measured: string[] = [];
    try {
      for (const lang of LANGS) {
        const suffix = lang === 'en' ? '' : `.${lang}`;
        const pages = [
          ...cases.flatMap(({ id, steps }) =>
            steps.map((_, index) => ({
              path: `embed/${id}.step${suffix}.html?${id}-step=${index + 1}`,
              key: hintKey(id, 'step', null),
              step: index,
              limit: LIMITS.step,
              woken: index > 0,
            })),
          ),
          ...CHARTS.map((chart) => ({
            path: `embed/penalties.chart-${chart}${suffix}.html`,
            key: hintKey('penalties', `chart-${chart}`, null),
            step: 0,
            limit: LIMITS.chart,
            woken: false,
          })),
          ...claims.map(({ id }) => ({
            path: `embed/claims/${id}${suffix}.html`,
            key: hintKey('sources', null, id),
            step: 0,
            limit: LIMITS.claim,
            woken: false,
          })),
        ];
        for (const spec of pages) {
          await page.goto(`${blog.explainer.url}${spec.path}`);
          if (spec.woken) await page.locator('section[data-ready]').waitFor({ state: 'attached' });
          const height = await settledContent(page);
          measured.push(`${spec.path} ${height}`);
          expect(height, spec.path).toBeLessThanOrEqual(spec.limit);
          // The loader and the snippets reserve this height: a stale table moves the host page when frames arrive.
          const table = measuredHeight(spec.key, lang, spec.step, 360);
          expect(
            Math.abs(height - table!),
            `${spec.path}: ${height} px, the table says ${table}; run node scripts/measure-embed-heights.mjs`,
          ).toBeLessThanOrEqual(4);
        }
      }
    } finally {
      await close();
    }
    expect(measured.length).toBe(2 * (cases.reduce((sum, entry) => sum + entry.steps.length, 0) + 4 + claims.length));
  });

  it('the table holds for the whole views too, at a phone’s and a blog column’s width', async () => {
    for (const width of [360, 680]) {
      const { page, close } = await openPage(blog.browser, blog.explainer.url, { width });
      try {
        for (const view of ['alexa', 'ring', 'penalties', 'sources'])
          for (const lang of LANGS) {
            await page.goto(`${blog.explainer.url}embed/${view}${lang === 'en' ? '' : `.${lang}`}.html`);
            const height = await settledContent(page);
            const table = measuredHeight(view, lang, 0, width)!;
            expect(Math.abs(height - table), `${view} ${lang} at ${width}: ${height} vs ${table}`).toBeLessThanOrEqual(
              4,
            );
          }
      } finally {
        await close();
      }
    }
  });

  it('an embed page arrives with its content out of layout until its stylesheet shows it (no unstyled layout to shift from)', async () => {
    for (const path of ['embed/alexa.step.html', 'embed/penalties.zh-Hans.html', 'embed/claims/two-days.html'])
      expect(readFileSync(join(DIST_DIR, path), 'utf8'), path).toContain('<div id="root" hidden>');
    const { page, close } = await openPage(blog.browser, `${blog.explainer.url}embed/alexa.step.html`, { width: 360 });
    try {
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('root')!).display)).toBe('block');
      expect(await page.getByRole('heading', { level: 2 }).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('four compact embeds arrive at their height: nothing on the host page moves, and no console warning', async () => {
    const opened = await openPage(blog.browser, `${blog.host.url}four.html`, { width: 412, height: 900 });
    const warnings: string[] = [];
    opened.page.on('console', (message) => {
      if (['warning', 'error'].includes(message.type())) warnings.push(message.text());
    });
    try {
      await opened.page.reload();
      const frames = opened.page.locator('iframe');
      await expect.poll(() => frames.count()).toBe(4);
      // Each frame starts at its page's measured height for its width, and its content agrees (within 4 px).
      for (let index = 0; index < 4; index += 1) {
        const { iframe, frame } = await frameAt(frames, index);
        const started = await iframe.evaluate((node) => node.style.height);
        const content = await settledContent(frame);
        expect(
          Math.abs(Number.parseFloat(started) - content),
          `frame ${index}: ${started} vs ${content}`,
        ).toBeLessThanOrEqual(4);
      }
      expect(warnings).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  /** A blog page with one embed, read at 600 px on a light system: `check` gets the page, the iframe and its frame. */
  async function onBlogPage(name: string, check: (page: Page, iframe: Locator, frame: Frame) => Promise<void>) {
    const opened = await openPage(blog.browser, `${blog.host.url}${name}.html`, { width: 600, colorScheme: 'light' });
    try {
      const { iframe, frame } = await onlyFrame(opened.page);
      await check(opened.page, iframe, frame);
    } finally {
      await opened.close();
    }
  }

  it('on a dark blog read on a light system, the embed is dark and the blog shows through it', async () => {
    await onBlogPage('dark', async (page, iframe, frame) => {
      expect(new URL((await iframe.getAttribute('src'))!).searchParams.get('theme')).toBe('dark');
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
        'rgba(0, 0, 0, 0)',
      );
      // A pixel of the frame outside its cards: the blog's own colour, not a box of another.
      expect(await pixelInside(page, iframe)).toEqual([17, 24, 39]);
    });
  });

  it('follows the blog’s own dark-mode switch after load, and stays transparent on a coloured page', async () => {
    await onBlogPage('switch', async (page, iframe, frame) => {
      const theme = () => frame.evaluate(() => document.documentElement.dataset.theme);
      expect(await theme()).toBe('light');
      expect(await pixelInside(page, iframe)).toEqual([250, 240, 220]);
      await page.evaluate(() => document.body.classList.add('night'));
      await expect.poll(theme).toBe('dark');
      await expect.poll(() => pixelInside(page, iframe)).toEqual([20, 20, 24]);
    });
  });

  it('after any press inside a frame, the frame is its content’s height (± 4 px), compact or whole', async () => {
    for (const name of ['four', 'whole']) {
      const opened = await openPage(blog.browser, `${blog.host.url}${name}.html`, { width: 412, height: 900 });
      try {
        const frames = opened.page.locator('iframe');
        await expect.poll(() => frames.count()).toBe(4);
        for (let index = 0; index < 4; index += 1) {
          const { iframe, frame } = await frameAt(frames, index);
          for (const press of PRESSES) {
            const target = press(frame);
            if (!(await target.count())) continue;
            await target.first().click();
            // A press before the frame's app has taken over is held and replayed once it has: the next press is
            // aimed at the page as that one leaves it, so wait for the app and for its moves to end.
            await settledFrame(frame);
            await expect
              .poll(
                async () =>
                  Math.abs(
                    (await iframe.evaluate((node) => node.getBoundingClientRect().height)) -
                      (await frame.evaluate(() => document.getElementById('root')!.getBoundingClientRect().height)),
                  ),
                { message: `${name}, frame ${index}, after ${press.toString()}` },
              )
              .toBeLessThanOrEqual(4);
          }
        }
      } finally {
        await opened.close();
      }
    }
  });
});

/** The presses a reader makes inside an embed: a step, a fold, a chart option twice, a tab. */
const PRESSES: Array<(frame: Frame) => Locator> = [
  (frame) => frame.getByRole('button', { name: /^(Next|下一步)/ }),
  (frame) => frame.locator('details:not([open]) > summary').filter({ visible: true }),
  (frame) => frame.getByRole('radio', { name: /Logarithmic|对数/ }),
  (frame) => frame.getByRole('radio', { name: /Linear|线性/ }),
  (frame) => frame.getByRole('tab').nth(1),
];

/** The host page's `index`th frame, scrolled into view, once its content is there. */
async function frameAt(frames: Locator, index: number): Promise<{ iframe: Locator; frame: Frame }> {
  const iframe = frames.nth(index);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForSelector('#root > *');
  return { iframe, frame };
}

/** A frame once its app runs its section (`data-ready`), nothing in it moves, and its height holds. */
async function settledFrame(frame: Frame): Promise<void> {
  await frame.locator('section[data-ready]').first().waitFor({ state: 'attached' });
  const running = () =>
    frame.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length);
  await expect.poll(running).toBe(0);
  await settledContent(frame);
}

/** The host page's one frame, once its content is there. */
async function onlyFrame(page: Page): Promise<{ iframe: Locator; frame: Frame }> {
  const iframe = page.locator('iframe');
  await expect.poll(() => iframe.count()).toBe(1);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForSelector('#root > *');
  return { iframe, frame };
}

/** The colour of the host's screen just inside the frame's top-left corner (the frame's padding). */
async function pixelInside(page: Page, iframe: Locator): Promise<number[]> {
  const box = (await iframe.boundingBox())!;
  const shot = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 1, height: 1 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, shot.toString('base64'));
}
