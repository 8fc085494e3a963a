import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFolds, openPage, waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

const FIGURES = ['#chart-breakdown', '#chart-time', '#chart-coppa', '#chart-ceiling'];

/** Left edge and width (CSS px) of each bar in a figure, by its mark's accessible name, and each tick's x. */
async function geometry(page: Page, figure: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const bars: Record<string, { left: number; right: number; width: number }> = {};
    for (const mark of root.querySelectorAll('[data-mark]')) {
      const bar = mark.querySelector('[data-bar]');
      if (!bar) continue;
      const box = bar.getBoundingClientRect();
      bars[mark.getAttribute('aria-label') ?? ''] = { left: box.left, right: box.right, width: box.width };
    }
    const ticks: Record<string, number> = {};
    for (const tick of root.querySelectorAll('[data-tick]'))
      ticks[tick.getAttribute('data-tick') ?? ''] = tick.querySelector('line')!.getBoundingClientRect().left;
    const svg = root.querySelector('svg')!.getBoundingClientRect();
    const frame = root.querySelector('svg')!.parentElement!.getBoundingClientRect();
    return {
      bars,
      ticks,
      svg: { left: svg.left, right: svg.right, width: svg.width },
      frame: { left: frame.left, right: frame.right },
    };
  }, figure);
}

const find = <T>(record: Record<string, T>, pattern: RegExp): T => {
  const key = Object.keys(record).find((name) => pattern.test(name));
  if (key === undefined) throw new Error(`nothing matches ${pattern}: ${Object.keys(record).join(' | ')}`);
  return record[key]!;
};

describe('the penalty charts in Chromium (built app, strict CSP)', () => {
  const site = useBuiltSite({ basePath: '/news/amazon/' });

  for (const width of [320, 1280]) {
    it(`at ${width} px: the charts fit without overflow and their marks are where the numbers say`, async () => {
      const opened = await openPage(site.browser, `${site.server.url}#penalties`, { width, reducedMotion: 'reduce' });
      await waitForSection(opened.page, 'penalties');
      const { page } = opened;
      try {
        await openFolds(page, '#penalties');
        await page.locator('#chart-ceiling svg').waitFor();
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBeLessThanOrEqual(0);
        for (const figure of FIGURES) {
          const { svg, frame } = await geometry(page, figure);
          expect(svg.width).toBeGreaterThan(width === 320 ? 250 : 500);
          expect(svg.left).toBeGreaterThanOrEqual(frame.left - 0.5);
          expect(svg.right).toBeLessThanOrEqual(frame.right + 0.5);
          expect(svg.right).toBeLessThanOrEqual(width);
        }

        // Breakdown (linear, from $0): reduced motion means the final picture at once, no waiting.
        const breakdown = await geometry(page, '#chart-breakdown');
        const zero = breakdown.ticks['0']!;
        // Pixels per $10M, from the largest gridline (how many there are depends on the width).
        const top = Math.max(...Object.keys(breakdown.ticks).map(Number));
        const perTen = ((breakdown.ticks[String(top)]! - zero) / top) * 1e7;
        const penalty = find(breakdown.bars, /civil penalty.*\$25 million/);
        const refunds = find(breakdown.bars, /refunds ordered.*\$5\.8 million/);
        const paid = find(breakdown.bars, /more than \$5\.6 million/);
        for (const bar of [penalty, refunds, paid]) expect(Math.abs(bar.left - zero)).toBeLessThanOrEqual(1);
        expect(Math.abs(penalty.width - 2.5 * perTen)).toBeLessThanOrEqual(2);
        expect(Math.abs(refunds.width - 0.58 * perTen)).toBeLessThanOrEqual(2);
        expect(Math.abs(paid.width - 0.56 * perTen)).toBeLessThanOrEqual(2);
        expect(Math.abs(penalty.width / 25 - refunds.width / 5.8)).toBeLessThanOrEqual(0.1);

        // COPPA, linear then log: the log positions follow log10 of the amounts.
        const linear = await geometry(page, '#chart-coppa');
        const epic = find(linear.bars, /^Epic Games/);
        const amazon = find(linear.bars, /^Amazon/);
        expect(Math.abs(epic.width * (25 / 275) - amazon.width)).toBeLessThanOrEqual(2);
        const coppa = page.locator('#chart-coppa');
        await coppa.getByRole('radio', { name: 'Logarithmic' }).check();
        await expect
          .poll(() => coppa.getByText('log scale: each gridline is 10×', { exact: false }).isVisible())
          .toBe(true);
        const log = await geometry(page, '#chart-coppa');
        const decade = (log.ticks['1000000000']! - log.ticks['1000000']!) / 3;
        expect(
          Math.abs(find(log.bars, /^Epic Games/).right - (log.ticks['1000000']! + Math.log10(275) * decade)),
        ).toBeLessThanOrEqual(2);
        expect(
          Math.abs(find(log.bars, /^Amazon/).right - (log.ticks['1000000']! + Math.log10(25) * decade)),
        ).toBeLessThanOrEqual(2);

        expect(opened.consoleErrors).toEqual([]);
        expect(opened.pageErrors.map(String)).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('animates into place when first in view and when a setting changes (motion allowed)', async () => {
    const opened = await openPage(site.browser, site.server.url, {
      width: 1280,
      height: 700,
      reducedMotion: 'no-preference',
    });
    const { page } = opened;
    try {
      // The section's code loads as the reader nears it; the COPPA chart is still further down.
      await waitForSection(page, 'penalties');
      await page.locator('#chart-coppa svg').waitFor({ state: 'attached' });
      // The COPPA chart is folded ("two more comparisons"): open the fold where it is, without scrolling to it.
      await page.evaluate(() => {
        for (const fold of document.querySelectorAll<HTMLDetailsElement>('#penalties details[data-fold]'))
          fold.open = true;
      });
      // The width on screen: the bar's attributes hold the final picture, a Web Animation carries it there.
      const epicWidth = () =>
        page.evaluate(
          () => document.querySelector('#chart-coppa [data-mark="epic"] [data-bar]')!.getBoundingClientRect().width,
        );
      // Off screen: not drawn yet. (The prerendered HTML shows it drawn, for readers without JavaScript;
      // once hydrated with motion allowed, it waits to come into view.)
      await expect.poll(epicWidth).toBe(0);
      // Read the animation itself rather than sampling the width on a clock (which a busy machine skews): a watcher
      // in the page looks at the bar on every frame and keeps the first Web Animation it finds. It cannot miss one:
      // an animation is still running in the first frame after it is made. Then the test seeks that animation to
      // its middle, where the bar must be part way, and waits for it (and any other on the bar) to finish.
      const catchNextAnimation = () =>
        page.evaluate(() => {
          const w = window as unknown as { caught?: Promise<Animation> };
          w.caught = new Promise((resolve) => {
            const look = () => {
              const bar = document.querySelector('#chart-coppa [data-mark="epic"] [data-bar]');
              const [animation] = bar?.getAnimations() ?? [];
              if (animation) resolve(animation);
              else requestAnimationFrame(look);
            };
            requestAnimationFrame(look);
          });
        });
      /** The caught animation's width half way through, then (once every animation on the bar is done) the end. */
      const midAndEnd = () =>
        page.evaluate(async () => {
          const animation = await (window as unknown as { caught: Promise<Animation> }).caught;
          const bar = document.querySelector('#chart-coppa [data-mark="epic"] [data-bar]')!;
          const timing = animation.effect!.getComputedTiming();
          animation.pause();
          animation.currentTime = (timing.delay ?? 0) + Number(timing.activeDuration) / 2;
          const mid = bar.getBoundingClientRect().width;
          animation.play();
          await Promise.all(bar.getAnimations().map((running) => running.finished));
          return { mid, end: bar.getBoundingClientRect().width };
        });
      await catchNextAnimation();
      await page.locator('#chart-coppa').scrollIntoViewIfNeeded();
      const grow = await midAndEnd();
      expect(grow.end).toBeGreaterThan(500);
      expect(grow.end).toBe(await epicWidth());
      expect(grow.mid, JSON.stringify(grow)).toBeGreaterThan(0);
      expect(grow.mid, JSON.stringify(grow)).toBeLessThan(grow.end - 5);
      // A scale change glides too.
      await catchNextAnimation();
      await page.locator('#chart-coppa').getByRole('radio', { name: 'Logarithmic' }).check();
      const glide = await midAndEnd();
      expect(Math.abs(glide.mid - glide.end), JSON.stringify(glide)).toBeGreaterThan(2);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  // Two pages, one after the other: room for a busy machine (an upper bound, not a wait).
  it('tooltips: on keyboard focus (Escape closes), on hover, and on tap', { timeout: 120_000 }, async () => {
    const opened = await openPage(site.browser, `${site.server.url}#penalties`, {
      width: 375,
      reducedMotion: 'reduce',
    });
    await waitForSection(opened.page, 'penalties');
    const { page } = opened;
    try {
      const chart = page.locator('#chart-breakdown');
      const mark = chart.getByRole('img', { name: /civil penalty/ });
      await mark.focus();
      const tip = chart.getByRole('tooltip');
      await expect.poll(() => tip.textContent()).toContain('$25 million');
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.count()).toBe(0);
      await chart.getByRole('img', { name: /refunds ordered/ }).hover();
      await expect.poll(() => tip.textContent()).toContain('$5.8 million');
    } finally {
      await opened.close();
    }
    const context = await site.browser.newContext({
      viewport: { width: 375, height: 800 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}#penalties`);
      // A mark's tooltip is the app's: wait for the section to be interactive (a tap before it is not held).
      await waitForSection(page, 'penalties', { scroll: false });
      const chart = page.locator('#chart-time');
      const mark = chart.getByRole('img', { name: /Ring case/ });
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await expect.poll(() => chart.getByRole('tooltip').textContent()).toContain('5 min');
      await mark.tap();
      await expect.poll(() => chart.getByRole('tooltip').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('downloads: the CSV text, a standalone SVG and a PNG, under strict CSP', async () => {
    const opened = await openPage(site.browser, `${site.server.url}#penalties`, {
      width: 1280,
      reducedMotion: 'reduce',
    });
    await waitForSection(opened.page, 'penalties');
    const { page } = opened;
    try {
      const chart = page.locator('#chart-breakdown');
      const save = async (name: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          chart.getByRole('button', { name }).click(),
        ]);
        return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
      };
      const csv = await save('Download data (CSV)');
      expect(csv.name).toBe('amazon-2023-settlements-breakdown.csv');
      expect(csv.body.toString('utf8')).toBe(
        [
          'item,case,kind,recipient,amount_usd,amount_is_minimum,people,date',
          'alexa-penalty,alexa,civil-penalty,united-states,25000000,no,,',
          'ring-refunds,ring,refunds,ring-customers,5800000,no,,',
          'ring-refunds-paid-out,ring,refunds-paid-out,ring-customers,5600000,yes,117044,2024-04-23',
          'total-of-two-kinds,both,sum-of-different-kinds,,30800000,no,,',
          '',
        ].join('\n'),
      );
      const svg = await save('Download image (SVG)');
      expect(svg.name).toBe('amazon-2023-settlements-breakdown.svg');
      const text = svg.body.toString('utf8');
      expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(text).toContain('<title>Two kinds of money</title>');
      expect(text).toContain('U.S. Department of Justice');
      expect(text).not.toMatch(/var\(--|class="|tabindex/);
      expect(text).toMatch(/fill="rgb\(14, 116, 144\)"/); // --alexa in the light theme, resolved
      const png = await save('Download image (PNG)');
      expect(png.name).toBe('amazon-2023-settlements-breakdown.png');
      expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.body.readUInt32BE(16)).toBeGreaterThan(1000); // width, drawn at 2×
      expect(await chart.getByText('Downloaded amazon-2023-settlements-breakdown.png.').isVisible()).toBe(true);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors.map(String)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
