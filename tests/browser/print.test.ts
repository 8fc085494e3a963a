import { PDFParse } from 'pdf-parse';
import { makeTextApi } from '../../src/data/text.tsx';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../helpers/data-files.ts';
import { openPage, waitForAllSections } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';

type Lang = 'en' | 'zh-Hans';
const quotes = loadDataFile('quotes.json').quotes;
const sources = loadDataFile('sources.json').sources;
const cases = loadDataFile('cases.json').cases;
const claims = loadDataFile('claims.json');
const facts = new Map(loadDataFile('facts.json').facts.map((fact) => [fact.id, fact]));

/**
 * Text as a PDF gives it back: lines broken anywhere, so compare without any white space. Chinese fonts map some
 * characters to look-alike radicals (⼈ for 人, ⻔ for 门), so in `contains` a radical may stand for a character.
 */
const squash = (text: string) => text.replace(/\s+/g, '');
const HAN = /\p{Script=Han}/u;
/** Whether `text` holds `expected`; a value computed on the page (`{penaltyHours}`) matches anything. */
const contains = (text: string, expected: string): boolean =>
  expected
    .split(/\{[\w.-]+\}/)
    .filter((part) => squash(part).length > 0)
    .every((part) => containsPart(text, part));
const containsPart = (text: string, expected: string): boolean =>
  new RegExp(
    [...squash(expected)]
      .map((char) => (HAN.test(char) ? `(?:${char}|[\u2E80-\u2FDF])` : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join(''),
    'u',
  ).test(text);

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
      /** The copy at a path as the page shows it: facts filled in, term markers down to their words. */
      const api = makeTextApi({ copy: file, facts, locale: lang });
      const copy = (path: string) => api.t(path as never);
      const { text, pages } = await printed(lang, `${site.server.url}${lang === 'en' ? '' : 'zh-Hans/'}`, site.browser);
      expect(pages).toBeGreaterThan(10);

      // Every step of both cases, not only the one on screen.
      for (const entry of cases) {
        for (const step of entry.steps) {
          expect(contains(text, copy(`cases.${entry.id}.steps.${step.id}.title`)), step.id).toBe(true);
        }
      }
      // Every quote of every article (all five tabs, folded quotes included), word for word.
      for (const quote of quotes) expect(contains(text, quote.text), quote.id).toBe(true);
      // Every claim, those folded away included, and every error in circulation.
      for (const claim of claims.claims)
        expect(contains(text, copy(`claims.${claim.id}.statement`)), claim.id).toBe(true);
      for (const correction of claims.corrections) {
        expect(contains(text, copy(`corrections.${correction.id}.finding`)), correction.id).toBe(true);
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
