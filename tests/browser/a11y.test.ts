import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFolds, openPage, waitForAllSections } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { SECTION_IDS } from '../../src/lib/ui-strings.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Run axe-core in the page (injected by the test through the DevTools protocol, so the page's CSP does not apply). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(() =>
    (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe
      // target-size (WCAG 2.2) is off by default in axe; Lighthouse turns it on, and so do we.
      .run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })
      .then((result) => result.violations),
  )) as AxeViolation[];
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

describe('accessibility audit (axe-core) with reduced motion', () => {
  const site = useBuiltSite();

  // Each page with the sections it must show before it is audited (embed.html draws its one section by script).
  const pages: Array<[name: string, path: string, sections: readonly string[]]> = [
    ['the main page', '', SECTION_IDS],
    ['the Chinese main page', 'zh-Hans/', SECTION_IDS],
    ...SECTION_IDS.map((view): [string, string, string[]] => [`the ${view} embed`, `embed.html?view=${view}`, [view]]),
    ['a claim’s card', 'embed.html?view=sources&card=ring-refunds', ['sources']],
    ['a claim’s card in Chinese', 'embed.html?view=sources&card=ring-refunds&lang=zh-Hans', ['sources']],
  ];
  for (const [name, path, sections] of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${name} (${colorScheme}) has no axe violations`, async () => {
        const { page, close } = await openPage(site.browser, `${site.server.url}${path}`, {
          width: 1280,
          colorScheme,
          reducedMotion: 'reduce',
        });
        try {
          await waitForAllSections(page, { sections });
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }

  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang}: everything opened (every fold, a term's definition) has no axe violations either`, async () => {
      const { page, close } = await openPage(site.browser, `${site.server.url}${lang === 'en' ? '' : 'zh-Hans/'}`, {
        width: 375,
        reducedMotion: 'reduce',
      });
      try {
        await waitForAllSections(page);
        await openFolds(page);
        const term = page.locator('#alexa button[data-term]').filter({ visible: true }).first();
        await term.click();
        expect(await term.getAttribute('aria-expanded')).toBe('true');
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('the main page at a phone width (412 px, as Lighthouse’s mobile run) has no axe violations', async () => {
    const { page, close } = await openPage(site.browser, site.server.url, {
      width: 412,
      height: 823,
      reducedMotion: 'reduce',
    });
    try {
      await waitForAllSections(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a forced dark theme in an embed has no axe violations either', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.url}embed.html?view=sources&theme=dark`, {
      width: 375,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    try {
      await waitForAllSections(page, { sections: ['sources'] });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the Embed dialog has no axe violations', async () => {
    const { page, close } = await openPage(site.browser, site.server.url, { width: 1280, reducedMotion: 'reduce' });
    try {
      await waitForAllSections(page);
      await page.getByRole('button', { name: /^Embed “The money/ }).click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      // Focus returns to the button that opened it.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
        /^Embed “The money/,
      );
    } finally {
      await close();
    }
  });
});
