/**
 * The case views on a phone (375 × 812, touch), in both editions: after every press of Next or Previous the picture,
 * the step's title, the first line of its text and the Next button are on screen together; a swipe steps; the card
 * is as tall as the step it shows (no void under a short step); a shared link to a step opens on it with nothing
 * animating; the timeline strip is either hidden or legible.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

const PHONE = { width: 375, height: 812 };
const EDITIONS = { en: '', 'zh-Hans': 'zh-Hans/' } as const;
type Edition = keyof typeof EDITIONS;
type CaseId = 'alexa' | 'ring';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Everything the reader must see after a press, measured in the page. */
interface Seen {
  step: number;
  innerHeight: number;
  innerWidth: number;
  scene: Box;
  title: Box;
  firstLine: Box;
  next: Box;
  /** What is drawn at the middle of the title and of the text's first line (not covered by a bar or the picture). */
  titleOnTop: boolean;
  firstLineOnTop: boolean;
  /** The height of the box holding the steps' panels, and of the shown panel. */
  panelsHeight: number;
  panelHeight: number;
}

async function open(browser: Browser, url: string, size = PHONE): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: size,
    hasTouch: true,
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, context };
}

const view = (page: Page, caseId: CaseId): Locator => page.locator(`#${caseId} [data-stepper]`);

/** Web Animations running inside the view now. */
function running(page: Page, caseId: CaseId): Promise<number> {
  return view(page, caseId).evaluate(
    (root) =>
      document.getAnimations().filter((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        return animation.playState === 'running' && target instanceof Element && root.contains(target);
      }).length,
  );
}

/** The view has settled on `step` (1-based): that panel alone is shown, and nothing in the view moves. */
async function settledOn(page: Page, caseId: CaseId, step: number): Promise<void> {
  await expect
    .poll(() => view(page, caseId).locator('article[data-step]:not([aria-hidden])').getAttribute('data-step'))
    .toBe(String(step));
  await expect.poll(() => running(page, caseId), { timeout: 15_000 }).toBe(0);
  // Two more frames, so that a scroll made with the text's change has been painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function measure(page: Page, caseId: CaseId): Promise<Seen> {
  return view(page, caseId).evaluate((root) => {
    const box = (rect: DOMRect) => ({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
    const panel = root.querySelector<HTMLElement>('article[data-step]:not([aria-hidden])')!;
    const title = panel.querySelector('h3')!;
    const lede = title.nextElementSibling!;
    const walker = document.createTreeWalker(lede, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent?.trim()) text = walker.nextNode();
    const range = document.createRange();
    range.setStart(text!, 0);
    range.setEnd(text!, 1);
    const firstLine = range.getClientRects()[0]!;
    const onTop = (rect: DOMRect) => {
      const hit = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 20), (rect.top + rect.bottom) / 2);
      return hit !== null && panel.contains(hit);
    };
    return {
      step: Number(panel.dataset.step),
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      scene: box(root.querySelector('[data-scene]')!.getBoundingClientRect()),
      title: box(title.getBoundingClientRect()),
      firstLine: box(firstLine),
      next: box(root.querySelector('[data-go="next"]')!.getBoundingClientRect()),
      titleOnTop: onTop(title.getBoundingClientRect()),
      firstLineOnTop: onTop(firstLine),
      panelsHeight: panel.parentElement!.getBoundingClientRect().height,
      panelHeight: panel.getBoundingClientRect().height,
    };
  });
}

/** Which of the checks fail for what the reader sees now (empty when all pass). */
function problems(seen: Seen, label: string): string[] {
  const out: string[] = [];
  const inside = (name: string, b: Box) => {
    if (b.top < -1 || b.bottom > seen.innerHeight + 1 || b.left < -1 || b.right > seen.innerWidth + 1)
      out.push(`${label}: ${name} off screen (${Math.round(b.top)}…${Math.round(b.bottom)})`);
  };
  inside('picture', seen.scene);
  inside('title', seen.title);
  inside("text's first line", seen.firstLine);
  inside('Next', seen.next);
  if (!seen.titleOnTop) out.push(`${label}: title covered`);
  if (!seen.firstLineOnTop) out.push(`${label}: first line covered`);
  if (Math.abs(seen.panelsHeight - seen.panelHeight) > 4)
    out.push(
      `${label}: panel area ${Math.round(seen.panelsHeight)} px for a step of ${Math.round(seen.panelHeight)} px`,
    );
  return out;
}

/** Read the shown step to its end, as a reader does before pressing on: its last line at the foot of the screen. */
async function readToEnd(page: Page, caseId: CaseId): Promise<void> {
  await view(page, caseId)
    .locator('article[data-step]:not([aria-hidden])')
    .evaluate((panel) => {
      const bottom = panel.getBoundingClientRect().bottom;
      if (bottom > window.innerHeight) window.scrollBy({ top: bottom - window.innerHeight + 16, behavior: 'instant' });
    });
}

/** A tap where the button is now (no scrolling to it first: it must already be within reach). */
async function tap(page: Page, caseId: CaseId, go: 'next' | 'previous'): Promise<void> {
  const box = await view(page, caseId).locator(`[data-go="${go}"]`).boundingBox();
  expect(box, `${caseId}: ${go} has a box`).not.toBeNull();
  await page.touchscreen.tap(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

/** A one-finger horizontal swipe across the middle of `target` (negative dx: to the left), through CDP touch events. */
async function swipe(page: Page, target: Locator, dx: number, dy = 0): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2 - dx / 2;
  const y = box.y + Math.min(box.height / 2, 80);
  const cdp = await page.context().newCDPSession(page);
  const point = (px: number, py: number) => [{ x: px, y: py, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
  for (let n = 1; n <= 8; n += 1)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(x + (dx * n) / 8, y + (dy * n) / 8),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('the case views on a phone (built page, strict CSP, 375 × 812, touch)', () => {
  const site = useBuiltSite();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  for (const edition of Object.keys(EDITIONS) as Edition[]) {
    for (const caseId of ['alexa', 'ring'] as const) {
      it(`${edition}, ${caseId}: after every press of Next and of Previous, the picture, title, text and Next are on screen, with no void`, async () => {
        const opened = await open(site.browser, `${site.server.url}${EDITIONS[edition]}`);
        context = opened.context;
        const { page } = opened;
        await waitForSection(page, caseId);
        await view(page, caseId).evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
        const count = await view(page, caseId).locator('article[data-step]').count();
        expect(count).toBeGreaterThanOrEqual(7);
        await settledOn(page, caseId, 1);
        const found = problems(await measure(page, caseId), 'step 1 on arrival');
        for (let step = 2; step <= count; step += 1) {
          await readToEnd(page, caseId);
          await tap(page, caseId, 'next');
          await settledOn(page, caseId, step);
          found.push(...problems(await measure(page, caseId), `Next to step ${step}`));
        }
        for (let step = count - 1; step >= 1; step -= 1) {
          await readToEnd(page, caseId);
          await tap(page, caseId, 'previous');
          await settledOn(page, caseId, step);
          found.push(...problems(await measure(page, caseId), `Previous to step ${step}`));
        }
        expect(found).toEqual([]);
      });
    }

    it(`${edition}: a link to step 7 opens on step 7 with nothing animating in the view, at 375 and at 1280`, async () => {
      for (const width of [375, 1280]) {
        const opened = await open(site.browser, `${site.server.url}${EDITIONS[edition]}?alexa-step=7#alexa`, {
          width,
          height: 812,
        });
        context = opened.context;
        const { page } = opened;
        // Every animation the page starts from its first script on, with where it ran.
        await page.addInitScript(() => {
          const made: Element[] = [];
          (window as unknown as { made: Element[] }).made = made;
          const animate = Element.prototype.animate;
          Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
            made.push(this);
            return animate.apply(this, args);
          };
        });
        await page.reload({ waitUntil: 'load' });
        await waitForSection(page, 'alexa', { scroll: false });
        await settledOn(page, 'alexa', 7);
        const animatedInView = await view(page, 'alexa').evaluate(
          (root) => (window as unknown as { made: Element[] }).made.filter((element) => root.contains(element)).length,
        );
        expect(animatedInView, `${width}: animations started in the view on arrival`).toBe(0);
        expect(await running(page, 'alexa')).toBe(0);
        expect(await view(page, 'alexa').locator('[aria-current="step"]').getAttribute('data-go')).toBe('6');
        if (width === 375) expect(problems(await measure(page, 'alexa'), 'step 7 on arrival')).toEqual([]);
        await context.close();
        context = undefined;
      }
    });

    it(`${edition}: a swipe to the left shows the next step, to the right the one before; a vertical drag scrolls`, async () => {
      const opened = await open(site.browser, `${site.server.url}${EDITIONS[edition]}`);
      context = opened.context;
      const { page } = opened;
      await waitForSection(page, 'ring');
      await view(page, 'ring').evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await settledOn(page, 'ring', 1);
      const scene = view(page, 'ring').locator('[data-scene]');
      await swipe(page, scene, -160);
      await settledOn(page, 'ring', 2);
      await swipe(page, view(page, 'ring').locator('article[data-step]:not([aria-hidden]) h3'), -160);
      await settledOn(page, 'ring', 3);
      await swipe(page, scene, 160);
      await settledOn(page, 'ring', 2);
      // Up the screen: the page scrolls, the step stays.
      const before = await page.evaluate(() => window.scrollY);
      await swipe(page, scene, 10, -200);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50);
      expect(await view(page, 'ring').locator('article[data-step]:not([aria-hidden])').getAttribute('data-step')).toBe(
        '2',
      );
    });

    it(`${edition}: at 375 the timeline strip is not shown, or its year labels do not overlap`, async () => {
      const opened = await open(site.browser, `${site.server.url}${EDITIONS[edition]}`);
      context = opened.context;
      const { page } = opened;
      for (const caseId of ['alexa', 'ring'] as const) {
        await waitForSection(page, caseId);
        const overlaps = await view(page, caseId).evaluate((root) => {
          const strip = root.querySelector('[data-timeline-strip]') ?? root.querySelector('svg[viewBox$=" 78"]');
          if (!strip || strip.getClientRects().length === 0) return [];
          const labels = [...strip.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
          const out: string[] = [];
          labels.forEach((a, i) =>
            labels.slice(i + 1).forEach((b) => {
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                out.push(`${i}×${labels.indexOf(b)}`);
            }),
          );
          // Dots drawn over one another.
          const dots = [...strip.querySelectorAll('circle')].map((dot) => dot.getBoundingClientRect());
          dots.forEach((a, i) =>
            dots.slice(i + 1).forEach((b) => {
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                out.push(`dots ${i}×${dots.indexOf(b)}`);
            }),
          );
          // Too close to read: labels less than 4 px apart.
          labels.forEach((a, i) => {
            const b = labels[i + 1];
            if (b && b.left - a.right < 4) out.push(`${i} and ${i + 1} touch`);
          });
          return out;
        });
        expect(overlaps, caseId).toEqual([]);
      }
    });
  }
});
