import { describe, expect, it } from 'vitest';
import { openPage, waitForAllSections } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { STRICT_POLICY } from '../../scripts/lib/browser.mjs';
import { SECTIONS } from '../../src/lib/ui-strings.ts';

const VIEWS = Object.keys(SECTIONS);

/**
 * The stricter policy (scripts/lib/browser.mjs, recommended in the README): the whole page, every embed view in
 * both editions, and the downloads (the PNG is painted from an element: parsing SVG text is a Trusted Types sink).
 */
describe(`no policy violation under ${STRICT_POLICY}`, () => {
  const site = useBuiltSite({ basePath: '/news/amazon/' });

  it('the main page, every section loaded, and each download', async () => {
    const opened = await openPage(site.browser, site.server.url, { width: 1280, reducedMotion: 'reduce' });
    try {
      await waitForAllSections(opened.page);
      const penalties = opened.page.locator('#penalties');
      for (const name of ['Download data (CSV)', 'Download image (SVG)', 'Download image (PNG)']) {
        const download = opened.page.waitForEvent('download');
        await penalties.getByRole('button', { name }).first().click();
        await download;
      }
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  for (const lang of ['en', 'zh-Hans'])
    it(`every embed view in ${lang}, hydrated`, async () => {
      for (const view of VIEWS) {
        const path = `embed/${view}${lang === 'en' ? '' : '.zh-Hans'}.html`;
        const opened = await openPage(site.browser, `${site.server.url}${path}`, { width: 600 });
        try {
          await opened.page.mouse.move(30, 30);
          await opened.page.locator(`#${view}[data-ready]`).waitFor({ state: 'attached' });
          expect(await opened.cspViolations(), path).toEqual([]);
          expect(opened.consoleErrors, path).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    });
});
