/**
 * Structured data for a main page (schema.org, as JSON-LD in the prerendered HTML; scripts/prerender.mjs writes
 * it): the explainer as a NewsArticle, and a ClaimReview for each claim an article made, as fact-checkers and
 * search engines read one (schema.org/ClaimReview; Google's fact-check markup): `claimReviewed` is what the
 * article said (claims.json `said`: its words, or a paraphrase marked as one), `itemReviewed` the claim, credited
 * to the outlet and appearing in the article, and `reviewRating` how that claim stands against the record. An
 * article that does not make a claim gets no review. Built from the same checked data and copy as the page, in
 * the page's edition.
 */
import { checkedSection } from '../data/checked';
import type { Loaded } from '../data/model';
import { makeTextApi } from '../data/text';
import { readerNames } from '../data/source-names';
import type { Locale } from '../lib/locales';
import { own } from '../lib/own';
import type { Publisher } from '../lib/publisher';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/ui-strings';

/**
 * The rating scale: 1 to 3, one step per verdict the page gives, no finer than the verdicts themselves.
 * A verdict says how an article's account of a claim compares with the record; since `claimReviewed` is that
 * account in the article's own words, it rates the article's claim: 3 = in line with the record (true as the
 * article put it, hedges included), 2 = loose or incomplete (partly accurate: true in part, or an allegation
 * stated as fact), 1 = wrong (the record contradicts it). `alternateName` carries the verdict's words, as the
 * page shows them. "Does not mention it" is no rating: the article made no claim, so there is no review.
 */
const RATING = { accurate: 3, imprecise: 2, wrong: 1 } as const;

interface StructuredDataOptions {
  /** The page's address: absolute with the build's SITE_URL, else relative to the page (`./`). */
  pageUrl: string;
  /** The page's picture (its link-preview card), addressed as pageUrl is. */
  image?: string;
  /** Who publishes the explainer and its fact checks (src/lib/publisher.ts). */
  publisher: Publisher;
}

export function structuredData(
  files: Loaded,
  locale: Locale,
  { pageUrl, image, publisher }: StructuredDataOptions,
): Record<string, unknown>[] {
  const page = checkedSection('page', { ...files, locale });
  const sources = checkedSection('sources', { ...files, locale });
  const { t } = makeTextApi(sources);
  const log = page.updates ?? [];
  const { published } = page;
  const modified = page.updated ?? published;
  const organization = {
    '@type': 'Organization',
    name: publisher.name,
    ...(publisher.url && { url: publisher.url }),
  };
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: SITE_TITLE[locale],
    description: SITE_DESCRIPTION[locale],
    inLanguage: locale,
    datePublished: published,
    dateModified: modified,
    author: organization,
    publisher: organization,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    ...(image && { image }),
  };
  /** The day a verdict was first published: the log entry that last changed it, else the page's first day. */
  const verdictDate = (claimId: string, sourceId: string): string | undefined =>
    log
      .filter((update) => update.verdicts?.some((v) => v.claimId === claimId && v.sourceId === sourceId))
      .map((update) => update.date)
      .sort()
      .pop() ?? published;
  const reviews = [...(sources.claims?.values() ?? [])].flatMap((claim) =>
    sources.articles.flatMap((source) => {
      const verdict = own(claim.verdicts, source.id);
      const said = claim.said && own(claim.said, source.id);
      // No claim made, or none recorded in the article's words: no review (the data test requires one).
      if (!verdict || verdict === 'absent' || !said) return [];
      const { outlet } = readerNames(source, locale);
      return [
        {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: said[locale],
          inLanguage: locale,
          author: organization,
          datePublished: verdictDate(claim.id, source.id),
          // The article's cell in "Who said what" (claim-table.tsx).
          url: `${pageUrl}#cell-${claim.id}-${source.id}`,
          itemReviewed: {
            '@type': 'Claim',
            // An article with no outlet named (an unattributed site) has no author to credit.
            ...(outlet && { author: { '@type': 'Organization', name: outlet } }),
            ...(source.date && { datePublished: source.date }),
            appearance: {
              '@type': 'NewsArticle',
              // The article's own headline, as published (not our translation).
              ...(source.title && { headline: source.title }),
              ...(source.url && { url: source.url }),
              ...(source.date && { datePublished: source.date }),
            },
          },
          reviewRating: {
            '@type': 'Rating',
            ratingValue: RATING[verdict],
            bestRating: RATING.accurate,
            worstRating: RATING.wrong,
            alternateName: t(`verdicts.${verdict}`),
          },
        },
      ];
    }),
  );
  return [article, ...reviews];
}
