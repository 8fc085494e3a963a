import { PDFParse } from 'pdf-parse';
import { copyAt } from '../../src/data/copy.ts';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../helpers/data-files.ts';
import { openPage, waitForAllSections } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

type Lang = 'en' | 'zh-Hans';
const quotes = loadDataFile('quotes.json').quotes;
const sources = loadDataFile('sources.json').sources;
const cases = loadDataFile('cases.json').cases;
const claims = loadDataFile('claims.json');

/** Text as a PDF gives it back: lines broken anywhere, so compare without any white space. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Chromium's "Save as PDF" of a page, as text. */
async function printed(lang: Lang, url: string, browser: Parameters<typeof openPage>[0]) {
  const opened = await openPage(browser, url, { width: 1280 });
  try {
    await waitForAllSections(opened.page);
    await opened.page.emulateMedia({ media: 'print' });
    const pdf = await opened.page.pdf({ format: 'A4', printBackground: false });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const { text, total } = await parser.getText();
      expect(opened.pageErrors.map(String)).toEqual([]);
      return { text: squash(text), pages: total, lang };
    } finally {
      await parser.destroy();
    }
  } finally {
    await opened.close();
  }
}

describe('printing the explainer (Chromium, print to PDF)', () => {
  const site = useBuiltSite();

  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang}: every step, every quote, every claim and correction, the citations' addresses, no controls`, async () => {
      const file = loadDataFile(lang === 'en' ? 'copy.en.json' : 'copy.zh-Hans.json');
      /** The copy at a path, filled as the page shows it is not needed: these texts have no tokens. */
      const copy = (path: string) => squash(copyAt(file, path) ?? `(no copy at ${path})`);
      const { text, pages } = await printed(lang, `${site.server.url}${lang === 'en' ? '' : 'zh-Hans/'}`, site.browser);
      expect(pages).toBeGreaterThan(10);

      // Every step of both cases, not only the one on screen.
      for (const entry of cases) {
        for (const step of entry.steps) {
          expect(text).toContain(copy(`cases.${entry.id}.steps.${step.id}.title`));
        }
      }
      // Every quote of every article (all five tabs, folded quotes included), word for word.
      for (const quote of quotes) expect(text).toContain(squash(quote.text));
      // Every claim, those folded away included, and every error in circulation.
      for (const claim of claims.claims) expect(text).toContain(copy(`claims.${claim.id}.statement`));
      for (const correction of claims.corrections) {
        expect(text).toContain(copy(`corrections.${correction.id}.finding`));
      }
      // Each link to a source carries its address on paper.
      for (const source of sources.filter((entry) => entry.url && entry.kind !== 'article').slice(0, 5)) {
        expect(text).toContain(squash(source.url!));
      }
      // No controls: no step buttons, no Embed buttons, no "show more" lines.
      for (const control of ['caseView.next', 'caseView.previous', 'quoteViewer.copyLink', 'quoteViewer.less']) {
        expect(text).not.toContain(copy(control));
      }
    });
  }
});
