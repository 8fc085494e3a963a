/**
 * The first press on a prerendered page, before and while the app's code arrives (src/lib/wake.ts,
 * src/lib/early-press.ts): a step or a tab answers with no code at all and the app carries on from it; a chart's
 * option is kept; a section's Retry works; and when the app's code cannot be fetched the page says so.
 *
 * The app's code is held back by the test (a gate on its entry chunk), so "before the code" is a state the test
 * controls, not a race against the machine's speed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGated as openGatedPage, type Gated } from '../helpers/gated.ts';
import { waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

describe('the first press, before the app has taken over (built pages, strict CSP)', () => {
  const site = useBuiltSite({ basePath: '/x/' });
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  /** Open `path` of the built site with the app's entry chunk held back (tests/helpers/gated.ts). */
  async function openGated(path: string, chunk: 'main' | 'embed-main'): Promise<Gated> {
    const gated = await openGatedPage(site.browser, `${site.server.url}${path}`, chunk);
    close = gated.close;
    return gated;
  }

  const view = (page: Page, id: string) => page.locator(`#${id} [data-stepper]`);
  const stepTitle = (page: Page, id: string) =>
    view(page, id).locator('article[data-step]:not([aria-hidden]) h3').innerText();
  const visibleSteps = (page: Page, id: string) =>
    view(page, id)
      .locator('article[data-step]')
      .evaluateAll((panels) =>
        panels.filter((panel) => getComputedStyle(panel).visibility === 'visible').map((p) => p.dataset.step),
      );

  it('Next shows the next step with no app code, and the app carries on from that step', async () => {
    const { page, release, asked } = await openGated('', 'main');
    await page.locator('#alexa').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    const first = await stepTitle(page, 'alexa');
    await view(page, 'alexa').locator('[data-go="next"]').tap();
    // Answered while the code is still held back.
    await expect.poll(() => visibleSteps(page, 'alexa')).toEqual(['2']);
    expect(await stepTitle(page, 'alexa')).not.toBe(first);
    expect(await view(page, 'alexa').locator('[aria-current="step"]').getAttribute('aria-label')).toMatch(/^Step 2/);
    expect(new URL(page.url()).searchParams.get('alexa-step')).toBe('2');
    expect(asked()).toBeGreaterThan(0);
    expect(await page.locator('#alexa[data-ready]').count()).toBe(0);

    release();
    await waitForSection(page, 'alexa', { scroll: false });
    // The app shows the same step, and the early marks are gone.
    await expect.poll(() => view(page, 'alexa').getAttribute('data-early-step')).toBeNull();
    expect(await visibleSteps(page, 'alexa')).toEqual(['2']);
    await view(page, 'alexa').locator('[data-go="next"]').click();
    await expect.poll(() => visibleSteps(page, 'alexa')).toEqual(['3']);
    expect(await view(page, 'alexa').locator('[aria-current="step"]').getAttribute('aria-label')).toMatch(/^Step 3/);
  });

  it('a step number in a Chinese embed, and the arrow keys, answer with no app code', async () => {
    const { page, release } = await openGated('embed/ring.zh-Hans.html', 'embed-main');
    await view(page, 'ring').locator('[data-go="3"]').tap();
    await expect.poll(() => visibleSteps(page, 'ring')).toEqual(['4']);
    await view(page, 'ring').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => visibleSteps(page, 'ring')).toEqual(['3']);
    await page.keyboard.press('End');
    const last = String(await view(page, 'ring').locator('article[data-step]').count());
    await expect.poll(() => visibleSteps(page, 'ring')).toEqual([last]);
    // Up and Down are the page's (they scroll it), as once the app runs: Up then Left is one step back, not two.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    const before = String(Number(last) - 1);
    await expect.poll(() => visibleSteps(page, 'ring')).toEqual([before]);
    await page.keyboard.press('End');
    await expect.poll(() => visibleSteps(page, 'ring')).toEqual([last]);
    release();
    await waitForSection(page, 'ring', { scroll: false });
    await expect.poll(() => view(page, 'ring').getAttribute('data-early-step')).toBeNull();
    expect(await visibleSteps(page, 'ring')).toEqual([last]);
    expect(new URL(page.url()).searchParams.get('ring-step')).toBe(last);
  });

  it('a shared link to a step shows that step from the first paint, before any app code', async () => {
    const { page, release } = await openGated('?ring-step=5#ring', 'main');
    expect(await visibleSteps(page, 'ring')).toEqual(['5']);
    release();
    await waitForSection(page, 'ring', { scroll: false });
    await expect.poll(() => view(page, 'ring').getAttribute('data-early-step')).toBeNull();
    expect(await visibleSteps(page, 'ring')).toEqual(['5']);
  });

  it("an article's tab shows its quotes with no app code, and the app keeps that article", async () => {
    const { page, release } = await openGated('embed/sources.html', 'embed-main');
    const tab = page.getByRole('tab').nth(1);
    const id = await tab.getAttribute('data-value');
    await tab.tap();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator(`#panel-${id}`).isVisible()).toBe(true);
    expect(await page.getByRole('tabpanel').count()).toBe(1);
    release();
    await waitForSection(page, 'sources', { scroll: false });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#panel-${id}`).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('source')).toBe(id);
  });

  it("a chart's option chosen before the app's code is kept once the app has started", async () => {
    const { page, release } = await openGated('embed/penalties.html', 'embed-main');
    const income = page.locator('input[name="time-measure"][value="income"]');
    await income.tap();
    expect(await income.isChecked()).toBe(true);
    release();
    await waitForSection(page, 'penalties', { scroll: false });
    await expect.poll(() => income.isChecked()).toBe(true);
    await expect.poll(() => page.locator('#chart-time svg').first().textContent()).toMatch(/income/i);
  });
});

describe('when a part of the page fails (built pages, strict CSP)', () => {
  const site = useBuiltSite({ basePath: '/x/' });
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it("a section's Try again loads its data again on a prerendered page", async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let broken = true;
    let asked = 0;
    await page.route(/\/data\/quotes\.json$/, (route) => {
      asked += 1;
      return broken ? route.fulfill({ status: 500, body: 'down' }) : route.continue();
    });
    await page.goto(`${site.server.url}#sources`, { waitUntil: 'load' });
    const alert = page.locator('#sources').getByRole('alert');
    await alert.waitFor();
    broken = false;
    const before = asked;
    await alert.getByRole('button').click();
    await waitForSection(page, 'sources', { scroll: false });
    expect(asked).toBeGreaterThan(before);
    expect(await page.locator('#sources').getByRole('alert').count()).toBe(0);
    expect(await page.locator('#sources figure[id^="quote-"]').count()).toBeGreaterThan(0);
  });

  it("the app's code failing once is fetched again at the reader's next move", async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let missing = true;
    let asked = 0;
    await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => {
      asked += 1;
      return missing ? route.fulfill({ status: 404, body: 'gone' }) : route.continue();
    });
    await page.goto(`${site.server.url}`, { waitUntil: 'load' });
    // The reader moves until the page asks for its code (it listens from its first paint on).
    await expect
      .poll(async () => {
        await page.mouse.move(10 + asked, 10);
        return asked;
      })
      .toBe(1);
    missing = false;
    // The first failure is not the end: the next sign of a reader asks again, and the app starts.
    await expect
      .poll(async () => {
        await page.mouse.move(20 + asked, 20);
        return page.locator('section[data-ready]').count();
      })
      .toBeGreaterThan(0);
    expect(await page.locator('#app-failed').count()).toBe(0);
  });

  it("the app's code gone for good: the page says so and shows every step and quote", async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let asked = 0;
    await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => {
      asked += 1;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await page.goto(`${site.server.url}`, { waitUntil: 'load' });
    const banner = page.locator('#app-failed');
    await expect
      .poll(async () => {
        await page.mouse.move(10 + asked, 10);
        return banner.count();
      })
      .toBe(1);
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.getByRole('link').getAttribute('href')).toBe(page.url());
    // The no-script layout: every step of each case on screen, one after another.
    await expect
      .poll(() => visibleCount(page, '#alexa article[data-step]'))
      .toBe(await page.locator('#alexa article[data-step]').count());
    // It stops asking: no request loop.
    const settled = asked;
    await page.mouse.move(300, 300);
    await page.keyboard.press('Tab');
    await page.evaluate(() => fetch(location.href).then(() => undefined));
    expect(asked).toBe(settled);
  });
});

function visibleCount(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll((nodes) => nodes.filter((node) => getComputedStyle(node).visibility === 'visible').length);
}
