import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

const VIEW_NAME = { alexa: 'The Alexa case, step by step', ring: 'The Ring case, step by step' } as const;
type CaseId = keyof typeof VIEW_NAME;

function caseView(page: Page, caseId: CaseId): Locator {
  return page.getByRole('group', { name: VIEW_NAME[caseId] });
}

async function ready(page: Page, caseId: CaseId): Promise<Locator> {
  await waitForSection(page, caseId);
  const view = caseView(page, caseId);
  await view.waitFor({ state: 'visible' });
  await view.scrollIntoViewIfNeeded();
  return view;
}

/** The title of the visible step (hidden panels are out of the accessibility tree). */
function stepTitle(view: Locator): Promise<string> {
  return view.getByRole('heading', { level: 3 }).innerText();
}

describe('the case views in Chromium (built page, strict CSP)', () => {
  const site = useBuiltSite({ basePath: '/news/amazon/' });

  async function open(search: string, options: Parameters<typeof openPage>[2] = {}) {
    return openPage(site.browser, `${site.server.url}${search}`, options);
  }

  /** Web Animations running inside the case view right now (the scene parts, the timeline cursor, the text fade). */
  function runningAnimations(view: Locator): Promise<number> {
    return view.evaluate(
      (root) =>
        document.getAnimations().filter((animation) => {
          const target = (animation.effect as KeyframeEffect | null)?.target;
          return animation.playState === 'running' && target instanceof Element && root.contains(target);
        }).length,
    );
  }

  /**
   * From now on, every Web Animation that runs inside the case view, caught by the page on every frame: one that
   * starts and ends between two polls of the test (a busy machine) is still counted, as an animation runs in at
   * least the first frame after it is made.
   */
  function watchAnimations(view: Locator): Promise<void> {
    return view.evaluate((root) => {
      const seen = new Set<Animation>();
      (window as unknown as { caseAnimations: Set<Animation> }).caseAnimations = seen;
      const look = () => {
        for (const animation of document.getAnimations()) {
          const target = (animation.effect as KeyframeEffect | null)?.target;
          if (target instanceof Element && root.contains(target)) seen.add(animation);
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
  }

  /** How many animations the watcher has caught so far. */
  function caughtAnimations(page: Page): Promise<number> {
    return page.evaluate(() => (window as unknown as { caseAnimations: Set<Animation> }).caseAnimations.size);
  }

  /** Until every caught animation has finished (or been cancelled) and two frames have started no new one. */
  function animationsFinished(page: Page): Promise<void> {
    return page.evaluate(async () => {
      const seen = (window as unknown as { caseAnimations: Set<Animation> }).caseAnimations;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let done = -1; done !== seen.size;) {
        done = seen.size;
        await Promise.all([...seen].map((animation) => animation.finished.catch(() => undefined)));
        await frame();
        await frame();
      }
    });
  }

  async function clickNext(page: Page, caseId: CaseId) {
    const view = await ready(page, caseId);
    const picture = view.getByRole('img').first();
    const before = await picture.screenshot({ animations: 'allow' });
    await expect
      .poll(() => runningAnimations(view), { message: `${caseId}: settled before the click`, timeout: 15_000 })
      .toBe(0);
    await watchAnimations(view);
    await view.getByRole('button', { name: /Next/ }).click();
    return { view, picture, before };
  }

  it('after Next the picture, the timeline and the text animate, then settle, with no error', async () => {
    const { page, consoleErrors, pageErrors, close } = await open('', { width: 1280, reducedMotion: 'no-preference' });
    try {
      for (const caseId of ['alexa', 'ring'] as const) {
        const { view, picture, before } = await clickNext(page, caseId);
        await expect
          .poll(() => caughtAnimations(page), { message: `${caseId}: animations start`, timeout: 15_000 })
          .toBeGreaterThan(0);
        await animationsFinished(page);
        expect(await runningAnimations(view), `${caseId}: and end`).toBe(0);
        expect(before.equals(await picture.screenshot({ animations: 'allow' })), `${caseId}: the picture changed`).toBe(
          false,
        );
        await expect.poll(() => view.locator('[aria-live="polite"]').innerText()).toMatch(/^Step 2 of \d: /);
      }
      expect(consoleErrors).toEqual([]);
      expect(pageErrors.map(String)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('under reduced motion nothing animates: the new picture is there at once', async () => {
    const { page, consoleErrors, close } = await open('', { width: 1280, reducedMotion: 'reduce' });
    try {
      for (const caseId of ['alexa', 'ring'] as const) {
        const { view, picture, before } = await clickNext(page, caseId);
        await expect
          .poll(async () => before.equals(await picture.screenshot({ animations: 'allow' })), {
            message: `${caseId}: the picture changed`,
          })
          .toBe(false);
        for (let frame = 0; frame < 10; frame += 1) {
          expect(await runningAnimations(view), `${caseId}: no animation, frame ${frame}`).toBe(0);
          await page.evaluate(() => new Promise(requestAnimationFrame));
        }
        // Nor did one run and end between those checks: the page's own watcher, from before the click, saw none.
        expect(await caughtAnimations(page), `${caseId}: no animation since the click`).toBe(0);
        expect(await view.getByRole('heading', { level: 3 }).innerText()).not.toBe('');
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Enter on a focused Next advances, and the arrow keys work while the view has focus', async () => {
    const { page, close } = await open('', { width: 375, reducedMotion: 'reduce' });
    try {
      const view = await ready(page, 'ring');
      const first = await stepTitle(view);
      const next = view.getByRole('button', { name: /Next/ });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => stepTitle(view)).not.toBe(first);
      const second = await stepTitle(view);
      // The address bar follows the step a moment later, outside the press (lib/url-state).
      await expect.poll(() => new URL(page.url()).searchParams.get('ring-step')).toBe('2');
      expect(await next.evaluate((element) => element === document.activeElement)).toBe(true);

      await view.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => new URL(page.url()).searchParams.get('ring-step')).toBe('3');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => stepTitle(view)).toBe(second);
      // The Alexa view did not move.
      expect(new URL(page.url()).searchParams.get('alexa-step')).toBeNull();
    } finally {
      await close();
    }
  });

  it('a shared link reopens the step; a bad step falls back to the first without an error', async () => {
    const { page, consoleErrors, pageErrors, close } = await open('?ring-step=4&alexa-step=3abc#ring', {
      width: 1280,
      reducedMotion: 'reduce',
    });
    try {
      const ring = await ready(page, 'ring');
      expect(await stepTitle(ring)).toBe('Hackers at the door');
      expect(await ring.getByRole('button', { name: /^Step 4:/ }).getAttribute('aria-current')).toBe('step');
      const alexa = await ready(page, 'alexa');
      expect(await stepTitle(alexa)).toBe('A speaker that listens to children');
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      expect(pageErrors.map(String)).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const width of [320, 1280]) {
    it(`at ${width} px the view is as tall as the step it shows (no empty card), and the layout fits`, async () => {
      const { page, close } = await open('', {
        width,
        reducedMotion: 'reduce',
        colorScheme: width === 320 ? 'dark' : 'light',
      });
      try {
        for (const caseId of ['alexa', 'ring'] as const) {
          const view = await ready(page, caseId);
          const count = await view.getByRole('list', { name: 'Go to a step' }).getByRole('button').count();
          expect(count).toBeGreaterThanOrEqual(7);
          const voids: number[] = [];
          for (let step = 0; step < count; step += 1) {
            if (step > 0) await view.getByRole('button', { name: /Next/ }).click();
            await expect
              .poll(() =>
                view.getByRole('button', { name: new RegExp(`^Step ${step + 1}:`) }).getAttribute('aria-current'),
              )
              .toBe('step');
            // The text follows the picture a frame later.
            await expect
              .poll(() => view.locator('article:not([aria-hidden])').getAttribute('data-step'))
              .toBe(String(step + 1));
            // The panels' box holds the shown step only: nothing is kept for a taller one.
            voids.push(
              await view
                .locator('article:not([aria-hidden])')
                .evaluate((panel) =>
                  Math.round(
                    panel.parentElement!.getBoundingClientRect().height - panel.getBoundingClientRect().height,
                  ),
                ),
            );
          }
          expect(voids, `${caseId}: room under each step`).toEqual(voids.map(() => 0));

          const picture = (await view.getByRole('img').first().boundingBox())!;
          const text = (await view.locator('article:not([aria-hidden])').boundingBox())!;
          if (width < 768) expect(picture.y + picture.height).toBeLessThanOrEqual(text.y);
          else {
            expect(picture.x + picture.width).toBeLessThanOrEqual(text.x);
            expect(Math.abs(picture.y - text.y)).toBeLessThan(200);
          }
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await close();
      }
    });
  }

  it('the picture follows the theme', async () => {
    const { page, close } = await open('', { width: 1280, reducedMotion: 'reduce', colorScheme: 'light' });
    try {
      const view = await ready(page, 'alexa');
      const strokeOf = () =>
        view
          .getByRole('img')
          .first()
          .locator('ellipse')
          .first()
          .evaluate((element) => getComputedStyle(element).stroke);
      const light = await strokeOf();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await strokeOf();
      expect(light).not.toBe(dark);
    } finally {
      await close();
    }
  });
});
