// A keyboard-only walk through the whole built page: every control is reached with Tab, in document order,
// shows a visible focus indicator and is on screen when focused; then the main controls are operated with
// the keyboard alone (no mouse events at all in this file).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForAllSections } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

/** Every section loaded and interactive, then focus and scroll back at the very top. */
async function loadEverything(page: Page): Promise<void> {
  await waitForAllSections(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
}

/**
 * Number every element that Tab should reach (tabIndex >= 0, enabled, rendered, not hidden from everyone),
 * as `data-kw`, in document order; one radio per group (the checked one), as browsers do. Returns the count.
 */
function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = [
      ...document.querySelectorAll<HTMLElement | SVGElement>(
        'a[href], button, input, select, textarea, summary, iframe, [tabindex]',
      ),
    ];
    const radioGroups = new Set<string>();
    let count = 0;
    for (const element of candidates) {
      if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) continue;
      if (element.closest('[inert], [aria-hidden="true"], dialog:not([open])')) continue;
      if (!element.checkVisibility({ visibilityProperty: true }) || element.getClientRects().length === 0) continue;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        const group = element.name;
        const checked = document.querySelector(`input[type=radio][name="${CSS.escape(group)}"]:checked`);
        if (radioGroups.has(group) || (checked && checked !== element)) continue;
        radioGroups.add(group);
      }
      element.dataset.kw = String(count);
      count += 1;
    }
    return count;
  });
}

interface FocusStop {
  kw: number | null;
  description: string;
  focusVisible: boolean;
  outline: string;
  inViewport: boolean;
}

/** Where focus is after a key press: which numbered element, whether it shows :focus-visible with an outline, and whether it is on screen. */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as (HTMLElement & SVGElement) | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const name =
      element.getAttribute('aria-label') ?? element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 60) ?? '';
    return {
      kw: element.dataset.kw === undefined ? null : Number(element.dataset.kw),
      description: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} “${name}” in #${element.closest('[id]')?.id ?? '?'}`,
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
      inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  });
}

/** One screenshot of the area around the focused element; compared with the same area unfocused it must differ. */
async function focusRingShows(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const rect = (document.activeElement as Element).getBoundingClientRect();
    const pad = 6;
    const x = Math.max(0, rect.left - pad);
    const y = Math.max(0, rect.top - pad);
    return {
      x,
      y,
      width: Math.min(window.innerWidth - x, rect.width + 2 * pad),
      height: Math.min(window.innerHeight - y, rect.height + 2 * pad),
    };
  });
  if (box.width < 1 || box.height < 1) return false;
  const focused = await page.screenshot({ clip: box, animations: 'disabled' });
  const kw = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    element.blur();
    return element.dataset.kw;
  });
  const unfocused = await page.screenshot({ clip: box, animations: 'disabled' });
  // Back to where we were; Chromium keeps :focus-visible for programmatic focus after keyboard use.
  await page.evaluate((id) => (document.querySelector(`[data-kw="${id}"]`) as HTMLElement | null)?.focus(), kw);
  return !focused.equals(unfocused);
}

describe('keyboard only (built page, strict CSP, reduced motion)', () => {
  const site = useBuiltSite();

  for (const width of [1280, 375]) {
    it(`at ${width} px Tab reaches every control once, in document order, each on screen with a visible focus ring`, async () => {
      const { page, close, pageErrors } = await openPage(site.browser, site.server.url, {
        width,
        height: 800,
        reducedMotion: 'reduce',
      });
      try {
        await loadEverything(page);
        const expected = await markTabbables(page);
        expect(expected).toBeGreaterThan(100);

        const order: number[] = [];
        const problems: string[] = [];
        const ringChecked = new Set<string>();
        for (let press = 0; press < expected + 20; press += 1) {
          await page.keyboard.press('Tab');
          const stop = await focusStop(page);
          if (!stop || (stop.kw === 0 && order.length > 0)) break; // past the last control, or wrapped round
          if (stop.kw === null) {
            problems.push(`focus reached an element outside the expected set: ${stop.description}`);
            continue;
          }
          order.push(stop.kw);
          if (!stop.focusVisible || stop.outline === 'none')
            problems.push(`no focus outline on ${stop.description} (${stop.outline})`);
          if (!stop.inViewport) problems.push(`focused but off screen: ${stop.description}`);
          // The ring must really be painted (not clipped away): check one element of each kind.
          const kind = stop.description.replace(/“[^”]*”/, '');
          if (!ringChecked.has(kind)) {
            ringChecked.add(kind);
            if (!(await focusRingShows(page)))
              problems.push(`focus ring not visible on screen for ${stop.description}`);
          }
        }
        expect(problems).toEqual([]);
        // Every control reached, each once, in document order (no positive tabindex, no traps).
        expect(order).toEqual(Array.from({ length: expected }, (_, index) => index));
        expect(ringChecked.size).toBeGreaterThan(8);
        expect(pageErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('the main controls work from the keyboard alone', async () => {
    const { page, close, pageErrors } = await openPage(site.browser, site.server.url, {
      width: 1280,
      height: 800,
      reducedMotion: 'reduce',
    });
    const focused = () => focusStop(page).then((stop) => stop?.description ?? 'body');
    /** Press Tab until the focused element matches, as a keyboard user would. */
    const tabTo = async (pattern: RegExp, limit = 400) => {
      for (let press = 0; press < limit; press += 1) {
        await page.keyboard.press('Tab');
        if (pattern.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${pattern}`);
    };
    try {
      await loadEverything(page);

      // The first Tab shows the skip link; Enter jumps past the header to the story.
      await page.keyboard.press('Tab');
      expect(await focused()).toMatch(/^a “Skip to the story”/);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#main');

      // The Alexa case: Next with Enter and with Space, then the arrow keys on the view.
      const alexa = page.getByRole('group', { name: 'The Alexa case, step by step' });
      const heading = () => alexa.locator('article:not([aria-hidden]) h3').innerText();
      const first = await heading();
      await tabTo(/^button “Next/);
      await page.keyboard.press('Enter');
      await expect.poll(heading).not.toBe(first);
      const second = await heading();
      await page.keyboard.press('Space');
      await expect.poll(heading).not.toBe(second);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await alexa.focus();
      await page.keyboard.press('Home');
      await expect.poll(heading).toBe(first);
      await page.keyboard.press('ArrowRight');
      await expect.poll(heading).toBe(second);

      // An Embed dialog: opens with Enter, keeps Tab inside while open, closes with Escape back to its button.
      await tabTo(/^button “Embed “The Ring case/);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: /Embed “The Ring case/ });
      await dialog.getByRole('textbox', { name: /auto-resizing/ }).waitFor();
      // The page behind is inert: Tab cycles through the dialog, passing by the browser's own controls
      // (the document itself has focus then), and never lands on the page.
      const stops: string[] = [];
      for (let press = 0; press < 80 && !stops.includes('browser'); press += 1) {
        await page.keyboard.press('Tab');
        stops.push(
          await page.evaluate(() =>
            document.activeElement === document.body
              ? 'browser'
              : document.activeElement?.closest('dialog[open]')
                ? 'dialog'
                : `page: ${document.activeElement?.outerHTML.slice(0, 80)}`,
          ),
        );
      }
      expect(stops.filter((stop) => stop !== 'dialog' && stop !== 'browser')).toEqual([]);
      // It wraps: after the browser's controls, back into the dialog.
      const wrap = stops.indexOf('browser');
      expect(wrap).toBeGreaterThan(2);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => (document.activeElement?.closest('dialog[open]') ? 'dialog' : 'elsewhere')),
      ).toBe('dialog');
      // Escape from a control of the dialog (inside the live preview's frame, keys belong to that page).
      for (
        let press = 0;
        press < 20 &&
        (await page.evaluate(
          () => !document.activeElement?.closest('dialog[open]') || document.activeElement.tagName === 'IFRAME',
        ));
        press += 1
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(0);
      expect(await focused()).toMatch(/Embed “The Ring case/);

      // A chart mark: focus shows its tooltip, Escape hides it.
      await tabTo(/^rect\[role=img\]|^g\[role=img\]|^path\[role=img\]|^circle\[role=img\]/);
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);

      // The articles: the selected tab is one Tab stop; the arrow keys move between articles.
      await tabTo(/^button\[role=tab\]/);
      const selectedTab = () => page.getByRole('tab', { selected: true }).innerText();
      const firstTab = await selectedTab();
      await page.keyboard.press('ArrowRight');
      await expect.poll(selectedTab).not.toBe(firstTab);
      expect(await focused()).toMatch(/^button\[role=tab\]/);

      // The claim matrix: Enter on a cell opens what that article says, Enter again closes it.
      await tabTo(/^button “[^”]*— show quote”/, 600);
      const cellId = await page.evaluate(() => document.activeElement?.id ?? '');
      expect(cellId).toMatch(/^cell-/);
      const cell = page.locator(`[id="${cellId}"]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => cell.getAttribute('aria-expanded')).toBe('true');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
