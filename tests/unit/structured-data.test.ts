import { describe, expect, it } from 'vitest';
import { structuredData } from '../../src/app/structured-data';
import { loadAllData, readDataText } from '../helpers/data-files';
import { parseDataFile } from '../../src/data/load';
import { COPY_FILES } from '../../src/data/schemas';

/**
 * The schema.org types the page uses, each with the properties it may carry (from schema.org: a property of the
 * type or of a type it extends, such as CreativeWork or Thing) and those a consumer needs (Google's ClaimReview
 * guidelines: claimReviewed, reviewRating with alternateName, author).
 */
const TYPES: Record<string, { allowed: string[]; required: string[] }> = {
  NewsArticle: {
    allowed: [
      'headline',
      'description',
      'inLanguage',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'url',
      'mainEntityOfPage',
    ],
    required: ['headline', 'datePublished', 'dateModified', 'inLanguage', 'author'],
  },
  ClaimReview: {
    allowed: ['claimReviewed', 'inLanguage', 'author', 'datePublished', 'url', 'itemReviewed', 'reviewRating'],
    required: ['claimReviewed', 'author', 'itemReviewed', 'reviewRating'],
  },
  Claim: { allowed: ['author', 'datePublished', 'appearance'], required: ['appearance'] },
  CreativeWork: { allowed: ['headline', 'url', 'datePublished'], required: [] },
  Rating: {
    allowed: ['ratingValue', 'bestRating', 'worstRating', 'alternateName'],
    required: ['ratingValue', 'bestRating', 'worstRating', 'alternateName'],
  },
  Organization: { allowed: ['name'], required: ['name'] },
};

function validate(node: unknown, path: string, problems: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const type = String(record['@type']);
  const spec = TYPES[type];
  if (!spec) return void problems.push(`${path}: unknown type ${type}`);
  for (const key of Object.keys(record))
    if (!key.startsWith('@') && !spec.allowed.includes(key)) problems.push(`${path}: ${type} has no property ${key}`);
  for (const key of spec.required)
    if (record[key] === undefined || record[key] === '') problems.push(`${path}: ${type} needs ${key}`);
  for (const [key, value] of Object.entries(record))
    if (!key.startsWith('@')) validate(value, `${path}.${key}`, problems);
}

const filesIn = (locale: 'en' | 'zh-Hans') => ({
  ...loadAllData(),
  copy: parseDataFile(COPY_FILES[locale], readDataText(COPY_FILES[locale])),
  copyName: COPY_FILES[locale],
});

describe('structured data', () => {
  for (const locale of ['en', 'zh-Hans'] as const)
    it(`is valid schema.org in ${locale}: a NewsArticle dated by the log, and a ClaimReview per checked claim in each article`, () => {
      const items = structuredData(filesIn(locale), locale, 'https://news.example/x/');
      const problems: string[] = [];
      items.forEach((item, index) => validate(item, `[${index}]`, problems));
      expect(problems).toEqual([]);
      type Review = { reviewRating: { ratingValue: number }; claimReviewed: string };
      const [article, ...reviews] = items as [Record<string, unknown>, ...Review[]];
      expect(article).toMatchObject({ '@type': 'NewsArticle', inLanguage: locale, url: 'https://news.example/x/' });
      const dates = loadAllData()
        .updates.updates.map((update) => update.date)
        .sort();
      expect([article!.datePublished, article!.dateModified]).toEqual([dates[0], dates[dates.length - 1]]);
      // One review for each verdict other than "does not mention it".
      const claims = loadAllData().claims.claims;
      const made = claims.flatMap((claim) => Object.values(claim.verdicts).filter((verdict) => verdict !== 'absent'));
      expect(reviews).toHaveLength(made.length);
      for (const review of reviews) {
        expect([1, 2, 3]).toContain(review.reviewRating.ratingValue);
        expect(review.claimReviewed).not.toMatch(/\{|\}/);
      }
      // A wrong claim: the "two days of income" line, rated 1.
      expect(reviews.some((review) => review.reviewRating.ratingValue === 1)).toBe(true);
    });

  it('without a site address, names no URL', () => {
    const [article] = structuredData(filesIn('en'), 'en', null);
    expect(article).not.toHaveProperty('url');
  });
});
