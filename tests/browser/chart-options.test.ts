/**
 * A chart's option pressed before the app's code has arrived: the prerendered page holds the chart drawn for each
 * option, and the stylesheet shows the one whose radio button or checkbox is checked (index.css,
 * src/charts/chart-options.tsx), so the press is answered with no code at all. The app then starts from the
 * option the reader chose, without a hydration mismatch, and later presses work as usual.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGated, type Gated } from '../helpers/gated.ts';
import { waitForSection } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

/** The chart on screen in a figure: its one visible SVG, and the takeaway that SVG is described by. */
async function shown(page: Page, figure: string) {
  const svgs = page.locator(`${figure} svg[role="group"]`).filter({ visible: true });
  expect(await svgs.count()).toBe(1);
  const svg = svgs.first();
  const described = await svg.getAttribute('aria-describedby');
  const takeaway = page.locator(`[id="${described}"]`);
  expect(await takeaway.isVisible()).toBe(true);
  return { svg: await svg.textContent(), takeaway: await takeaway.innerText() };
}

/** Ids under `scope` used more than once (each must name one element). */
const duplicateIds = (page: Page, scope: string) =>
  page
    .locator(`${scope} [id]`)
    .evaluateAll((nodes) => nodes.map((node) => node.id).filter((id, index, all) => all.indexOf(id) !== index));

const visibleText = (locator: Locator) =>
  locator.evaluateAll((nodes) =>
    nodes
      .filter((node) => node instanceof HTMLElement && node.checkVisibility())
      .map((node) => node.textContent)
      .join(' '),
  );

/**
 * Count presses replayed by src/lib/wake.ts from now on (untrusted clicks). The app starts from the reader's choice
 * and never sets the controls back, so none should be.
 */
async function countReplays(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const state = window as unknown as { replays: number };
    state.replays = 0;
    document.addEventListener('click', (event) => void (event.isTrusted || (state.replays += 1)), true);
  });
  return () => page.evaluate(() => (window as unknown as { replays: number }).replays);
}

describe("a chart's option, before the app's code (built embed, strict CSP, phone)", () => {
  const site = useBuiltSite({ basePath: '/x/' });
  let gated: Gated | undefined;
  afterEach(async () => {
    await gated?.close();
    gated = undefined;
  });

  it('the income measure and the "two days" claim redraw the time chart at once; the app keeps them', async () => {
    gated = await openGated(site.browser, `${site.server.url}embed/penalties.html`, 'embed-main');
    const { page, release } = gated;
    const figure = '#chart-time';
    expect((await shown(page, figure)).takeaway).toMatch(/^At its \d{4} pace of sales/);

    await page.locator('input[name="time-measure"][value="income"]').tap();
    await expect.poll(async () => (await shown(page, figure)).takeaway).toMatch(/^Measured against its \d{4} profit/);
    expect((await shown(page, figure)).svg).toMatch(/Hours of Amazon.s \d{4} net income/);
    expect(await visibleText(page.locator(`${figure} p`))).toMatch(/net loss/);
    await page.getByRole('checkbox', { name: /two days/ }).tap();
    await expect.poll(async () => (await shown(page, figure)).svg).toMatch(/as one article claimed/);
    expect(await visibleText(page.locator(`${figure} p`))).toMatch(/times as long/);
    // Still no app: only the stylesheet has answered.
    expect(await page.locator('#penalties[data-ready]').count()).toBe(0);
    expect(await duplicateIds(page, '#penalties')).toEqual([]);
    const before = await page.locator(figure).boundingBox();
    const replays = await countReplays(page);
    release();
    await waitForSection(page, 'penalties', { scroll: false });
    await expect.poll(() => page.locator(`${figure} svg[role="group"]`).count()).toBe(1);
    // The app takes over the drawing on screen: nothing moves.
    expect(await page.locator(figure).boundingBox()).toEqual(before);
    const kept = await shown(page, figure);
    expect(kept.takeaway).toMatch(/^Measured against its \d{4} profit/);
    expect(kept.svg).toMatch(/as one article claimed/);
    expect(await page.locator('input[name="time-measure"][value="income"]').isChecked()).toBe(true);
    expect(await replays()).toBe(0);

    // The app answers the next presses.
    await page.locator('input[name="time-measure"][value="sales"]').tap();
    await expect.poll(async () => (await shown(page, figure)).takeaway).toMatch(/^At its \d{4} pace of sales/);
    await page.getByRole('checkbox', { name: /two days/ }).tap();
    await expect.poll(async () => (await shown(page, figure)).svg).not.toMatch(/as one article claimed/);
    expect(gated.hydrationMismatches).toEqual([]);
    expect(gated.consoleErrors).toEqual([]);
  });

  it('the log scale redraws the COPPA chart at once, and the app keeps it', async () => {
    gated = await openGated(site.browser, `${site.server.url}embed/penalties.html`, 'embed-main');
    const { page, release } = gated;
    const figure = '#chart-coppa';
    // The chart is one fold down: a <details>, which opens without code.
    await page.locator('#penalties details[data-fold] > summary').first().tap();
    expect((await shown(page, figure)).svg).toMatch(/linear scale/);

    await page.locator('input[name="coppa-scale"][value="log"]').tap();
    await expect.poll(async () => (await shown(page, figure)).svg).toMatch(/log scale/);
    expect(await visibleText(page.locator(`${figure} p`))).toMatch(/On the log scale/);
    expect(await page.locator('#penalties[data-ready]').count()).toBe(0);
    expect(await duplicateIds(page, '#penalties')).toEqual([]);
    const replays = await countReplays(page);

    release();
    await waitForSection(page, 'penalties', { scroll: false });
    await expect.poll(() => page.locator(`${figure} svg[role="group"]`).count()).toBe(1);
    expect((await shown(page, figure)).svg).toMatch(/log scale/);
    expect(await page.locator('input[name="coppa-scale"][value="log"]').isChecked()).toBe(true);
    expect(await replays()).toBe(0);
    await page.locator('input[name="coppa-scale"][value="linear"]').tap();
    await expect.poll(async () => (await shown(page, figure)).svg).toMatch(/linear scale/);
    expect(await visibleText(page.locator(`${figure} p`))).not.toMatch(/On the log scale/);
    expect(gated.hydrationMismatches).toEqual([]);
    expect(gated.consoleErrors).toEqual([]);
  });
});
