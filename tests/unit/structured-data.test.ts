import { describe, expect, it } from 'vitest';
import { structuredData } from '../../src/app/structured-data';
import { loadAllData, readDataText } from '../helpers/data-files';
import { structuredDataProblems } from '../helpers/structured-data';
import { parseDataFile } from '../../src/data/load';
import { COPY_FILES } from '../../src/data/schemas';
import { logDates } from '../../src/data/model';

const filesIn = (locale: 'en' | 'zh-Hans') => ({
  ...loadAllData(),
  copy: parseDataFile(COPY_FILES[locale], readDataText(COPY_FILES[locale])),
  copyName: COPY_FILES[locale],
});

const publisher = { name: 'Example News', url: 'https://news.example/' };
const options = (pageUrl: string) => ({ pageUrl, image: `${pageUrl}pictures/card.png`, publisher });
type Review = Record<string, unknown> & { url: string; claimReviewed: string };

describe('structured data', () => {
  for (const [locale, pageUrl] of [
    ['en', 'https://news.example/x/'],
    ['zh-Hans', 'https://news.example/x/zh-Hans/'],
  ] as const)
    it(`in ${locale}: a NewsArticle by the publisher, and a ClaimReview of each claim an article made, in its words, rated against the record`, () => {
      // Called as the prerender calls it (scripts/prerender.mjs), with this test's own address and publisher.
      const items = structuredData(filesIn(locale), locale, options(pageUrl));
      expect(structuredDataProblems(items, locale, { pageUrl, publisher })).toEqual([]);
    });

  it('rates what the article said: DIW’s “two-day income” is rated wrong, AMZ Pro’s refunds line in line', () => {
    const items = structuredData(filesIn('en'), 'en', options('https://news.example/x/')) as Review[];
    const review = (claim: string, source: string) =>
      items.find((item) => item.url === `https://news.example/x/#cell-${claim}-${source}`);
    expect(review('two-days', 'diw')).toMatchObject({
      claimReviewed: 'the figure is just a mere two-day income belonging to the firm',
      itemReviewed: { author: { name: 'Digital Information World' } },
      reviewRating: { ratingValue: 1, alternateName: 'Gets it wrong' },
    });
    expect(review('ring-refunds', 'amzpro')).toMatchObject({ reviewRating: { ratingValue: 3 } });
    // Kuajing Daohang never said the $5.8 million is refunds: its review is of what it did say (a fine to the FTC).
    expect(review('ring-refunds', 'kjdh-2023-06-01')?.claimReviewed).toMatch(/fine of more than \$25 million/);
    // DIW does not mention the Ring refunds: no review.
    expect(review('ring-refunds', 'diw')).toBeUndefined();
  });

  it('without a site address, names the page and its anchors relative to the page', () => {
    const [article, first] = structuredData(filesIn('en'), 'en', { pageUrl: './', publisher }) as Review[];
    expect(article).toMatchObject({ url: './', mainEntityOfPage: './' });
    expect(first!.url).toMatch(/^\.\/#cell-/);
  });
});

describe('the page’s days', () => {
  const entry = (date: string) => ({ id: date, date, kind: 'update' as const, factIds: [], sourceIds: ['x'] });
  it('are its first day and its newest entry’s, in any order of the log', () => {
    const updates = [entry('2026-12-07'), entry('2026-11-22'), entry('2026-11-28')];
    expect(logDates({ updates })).toEqual({ published: '2026-11-22', updated: '2026-12-07' });
    expect(logDates({ published: '2026-11-01', updates })).toEqual({ published: '2026-11-01', updated: '2026-12-07' });
    expect(logDates(undefined)).toEqual({ published: undefined, updated: undefined });
  });

  it('are the days the structured data gives the article', () => {
    const { updates } = loadAllData();
    const [article] = structuredData(filesIn('en'), 'en', options('https://news.example/x/'));
    expect(article).toMatchObject({
      datePublished: logDates(updates).published,
      dateModified: logDates(updates).updated,
    });
  });
});
