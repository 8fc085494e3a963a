/**
 * What a page's JSON-LD must say, for the builder's unit test and the built pages' test: valid schema.org in the
 * shapes fact-check readers expect (schema.org/ClaimReview; Google's fact-check markup), one ClaimReview per claim
 * an article made and none for a claim it did not mention, each `claimReviewed` in the article's words (a quote's
 * text or our translation in the page's language, whitespace aside) or a paraphrase marked in the data, rated
 * against the record, and dated by the data. Returns the problems found, so a failure lists them all.
 */
import type { Locale } from '../../src/lib/locales';
import { SITE_TITLE } from '../../src/lib/ui-strings';
import { loadAllData, loadDataFile, normaliseWhitespace } from './data-files';

type Node = Record<string, unknown>;
interface Spec {
  allowed: string[];
  required: string[];
}

/**
 * Each type (or, for the claim's appearance, each place) with the properties it may carry (a property of the type
 * or of one it extends, such as CreativeWork or Thing) and those a consumer needs.
 */
const SPECS: Record<string, Spec> = {
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
      'image',
    ],
    required: ['headline', 'datePublished', 'dateModified', 'inLanguage', 'author', 'publisher', 'url', 'image'],
  },
  ClaimReview: {
    allowed: ['claimReviewed', 'inLanguage', 'author', 'datePublished', 'url', 'itemReviewed', 'reviewRating'],
    required: ['claimReviewed', 'inLanguage', 'author', 'datePublished', 'url', 'itemReviewed', 'reviewRating'],
  },
  Claim: { allowed: ['author', 'datePublished', 'appearance'], required: ['appearance'] },
  /** The article a claim appeared in (a NewsArticle under Claim.appearance). */
  appearance: { allowed: ['headline', 'url', 'datePublished'], required: ['headline'] },
  Rating: {
    allowed: ['ratingValue', 'bestRating', 'worstRating', 'alternateName'],
    required: ['ratingValue', 'bestRating', 'worstRating', 'alternateName'],
  },
  Organization: { allowed: ['name', 'url'], required: ['name'] },
};

function validate(node: unknown, path: string, problems: string[], place?: string): void {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Node;
  const type = String(record['@type']);
  const spec = SPECS[place ?? type];
  if (!spec) return void problems.push(`${path}: unknown type ${type}`);
  for (const key of Object.keys(record))
    if (!key.startsWith('@') && !spec.allowed.includes(key)) problems.push(`${path}: ${type} has no property ${key}`);
  for (const key of spec.required)
    if (record[key] === undefined || record[key] === '') problems.push(`${path}: ${type} needs ${key}`);
  for (const [key, value] of Object.entries(record))
    if (!key.startsWith('@')) validate(value, `${path}.${key}`, problems, key === 'appearance' ? key : undefined);
}

/** The verdicts' ratings (src/app/structured-data.ts explains the scale). */
const RATINGS = { accurate: 3, imprecise: 2, wrong: 1 } as const;

export interface Expected {
  pageUrl: string;
  publisher: { name: string; url?: string };
}

export function structuredDataProblems(items: unknown[], locale: Locale, expected: Expected): string[] {
  const data = loadAllData();
  const copy = loadDataFile(locale === 'en' ? 'copy.en.json' : 'copy.zh-Hans.json');
  const verdictWords = copy.verdicts as Record<string, string>;
  const problems: string[] = [];
  items.forEach((item, index) => validate(item, `[${index}]`, problems));
  const [article, ...reviews] = items as Node[];

  // The NewsArticle: first published, last changed, by the publisher the build names.
  const dates = data.updates.updates.map((update) => update.date).sort();
  const published = data.updates.published;
  if (!published) problems.push('updates.json names no first publication date (published)');
  const organization = { '@type': 'Organization', ...expected.publisher };
  const want = {
    '@type': 'NewsArticle',
    inLanguage: locale,
    datePublished: published,
    dateModified: dates[dates.length - 1],
    author: organization,
    publisher: organization,
    url: expected.pageUrl,
  };
  for (const [key, value] of Object.entries(want))
    if (JSON.stringify(article?.[key]) !== JSON.stringify(value))
      problems.push(`NewsArticle ${key}: ${JSON.stringify(article?.[key])}, not ${JSON.stringify(value)}`);
  if (expected.publisher.name === SITE_TITLE[locale]) problems.push('the publisher is named after the headline');

  // One review per claim an article made, found by its anchor; none for a claim an article left out.
  const sources = new Map(data.sources.sources.map((source) => [source.id, source]));
  const made = data.claims.claims.flatMap((claim) =>
    Object.entries(claim.verdicts)
      .filter(([, verdict]) => verdict !== 'absent')
      .map(([sourceId, verdict]) => ({ claim, sourceId, verdict: verdict as keyof typeof RATINGS })),
  );
  const byUrl = new Map(reviews.map((review) => [String(review.url), review]));
  if (reviews.length !== made.length) problems.push(`${reviews.length} ClaimReviews for ${made.length} claims made`);
  for (const { claim, sourceId, verdict } of made) {
    const where = `${claim.id} × ${sourceId}`;
    const review = byUrl.get(`${expected.pageUrl}#cell-${claim.id}-${sourceId}`);
    if (!review) {
      problems.push(`${where}: no ClaimReview at its anchor`);
      continue;
    }
    const source = sources.get(sourceId)!;
    const said = claim.said?.[sourceId];
    const text = String(review.claimReviewed);
    // In the article's words: a quote of that article (its text, or our translation in the page's language).
    const quotes = data.quotes.quotes.filter((quote) => quote.sourceId === sourceId);
    const inWords = quotes.some((quote) => {
      const own = source.language === locale ? quote.text : quote.translations?.[locale];
      return own !== undefined && normaliseWhitespace(own).includes(normaliseWhitespace(text));
    });
    if (!inWords && !(said?.paraphrase && said[locale] === text))
      problems.push(`${where}: claimReviewed is neither a quote of the article nor a marked paraphrase: ${text}`);
    const item = review.itemReviewed as Node;
    const outlet = source.translations?.[locale]?.outlet ?? source.outlet;
    const author = item.author as Node | undefined;
    if (outlet ? author?.name !== outlet : author) problems.push(`${where}: the claim's author is not the outlet`);
    const appearance = item.appearance as Node;
    if (appearance.headline !== source.title) problems.push(`${where}: the appearance is not the article's headline`);
    if ((appearance.url ?? null) !== (source.url ?? null)) problems.push(`${where}: the appearance's address`);
    if ((appearance.datePublished ?? null) !== (source.date ?? null)) problems.push(`${where}: the article's date`);
    const rating = review.reviewRating as Node;
    const wantRating = {
      ratingValue: RATINGS[verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: verdictWords[verdict],
    };
    for (const [key, value] of Object.entries(wantRating))
      if (rating[key] !== value) problems.push(`${where}: rating ${key} ${String(rating[key])}, not ${value}`);
    if (JSON.stringify(review.author) !== JSON.stringify(organization))
      problems.push(`${where}: the review's author is not the publisher`);
    const changed = data.updates.updates
      .filter((update) => update.verdicts?.some((v) => v.claimId === claim.id && v.sourceId === sourceId))
      .map((update) => update.date)
      .sort();
    const verdictDate = changed[changed.length - 1] ?? published;
    if (review.datePublished !== verdictDate)
      problems.push(`${where}: dated ${String(review.datePublished)}, not ${verdictDate} (the verdict's first day)`);
  }
  return problems;
}
