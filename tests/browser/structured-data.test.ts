/**
 * The JSON-LD of the built main pages (npm run build), both editions: the same shapes and the same facts as the
 * builder's unit test, as a reader of the published HTML gets them, and each review's anchor is on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISHER } from '../../src/lib/publisher';
import { claimPagePath } from '../../src/lib/site';
import { loadDataFile } from '../helpers/data-files';
import { DIST_DIR } from '../helpers/paths';
import { structuredDataProblems } from '../helpers/structured-data';

function jsonLd(html: string): unknown[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]![1]!) as unknown[];
}

describe('the built pages’ structured data', () => {
  for (const [locale, file] of [
    ['en', 'index.html'],
    ['zh-Hans', 'zh-Hans/index.html'],
  ] as const)
    it(`${file}: a NewsArticle and a ClaimReview per claim an article made, each pointing at its cell`, () => {
      const html = readFileSync(join(DIST_DIR, file), 'utf8');
      const items = jsonLd(html);
      // The build of npm test sets neither SITE_URL nor PUBLISHER: addresses relative to the page, the default.
      const site = html.match(/<meta name="explainer-site" content="([^"]*)"/)?.[1];
      const pageUrl = site ? new URL(locale === 'en' ? '' : 'zh-Hans/', site).href : './';
      const publisher = (items[0] as { publisher: { name: string; url?: string } }).publisher;
      if (!process.env.PUBLISHER) expect(publisher).toEqual({ '@type': 'Organization', ...DEFAULT_PUBLISHER });
      const { name, url } = publisher;
      expect(structuredDataProblems(items, locale, { pageUrl, publisher: { name, ...(url && { url }) } })).toEqual([]);
      for (const review of items.slice(1) as { url: string }[])
        expect(html).toContain(`id="${review.url.slice(review.url.indexOf('#') + 1)}"`);
    });
});

describe('the single-claim pages’ titles and link previews', () => {
  for (const locale of ['en', 'zh-Hans'] as const)
    it(`in ${locale}: lead with the record ("Fact check: …", "Alleged, not proven: …"), never with the bare claim`, () => {
      const copy = loadDataFile(locale === 'en' ? 'copy.en.json' : 'copy.zh-Hans.json').claims as Record<
        string,
        { statement: string }
      >;
      for (const { id, record } of loadDataFile('claims.json').claims) {
        const html = readFileSync(join(DIST_DIR, claimPagePath(id, locale)), 'utf8');
        const title = decode(html.match(/<title>([^<]*)<\/title>/)![1]!);
        const ogTitle = decode(html.match(/<meta property="og:title" content="([^"]*)"/)![1]!);
        const description = decode(html.match(/<meta property="og:description" content="([^"]*)"/)![1]!);
        const lead = {
          en: { established: 'Fact check: ', false: 'Fact check: ', alleged: 'Alleged, not proven: ' },
          'zh-Hans': { established: '事实核查：', false: '事实核查：', alleged: '尚属指控：' },
        }[locale][record.status as 'established'];
        if (lead) expect(title, id).toMatch(new RegExp(`^${lead}`));
        expect(ogTitle, id).toBe(title);
        // The claim itself appears only quoted, after the record, with its status.
        // The claim's words (its longest stretch between figures) are not the title, and do not open the preview.
        const words = copy[id]!.statement.split(/\{[^}]+\}/)
          .sort((a, b) => b.length - a.length)[0]!
          .trim();
        // (An allegation's title may give it, marked as one: "Alleged, not proven: …, the complaint says".)
        if (record.status !== 'alleged') expect(title, id).not.toContain(words);
        expect(description.indexOf(words), id).toBeGreaterThan(description.indexOf(locale === 'en' ? '“' : '“'));
        expect(description, id).toMatch(locale === 'en' ? /Claim checked: “/ : /核查的说法：“/);
      }
    });
});

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
