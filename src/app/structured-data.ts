/**
 * Structured data for a main page (schema.org, as JSON-LD in the prerendered HTML; scripts/prerender.mjs writes
 * it): the explainer as a NewsArticle, dated by its corrections log, and a ClaimReview for each checked claim in
 * each article that makes it. Built from the same checked data and copy as the page, in the page's edition.
 */
import { checkedSection } from '../data/checked';
import type { Loaded } from '../data/model';
import { makeTextApi } from '../data/text';
import type { Locale } from '../lib/locales';
import { own } from '../lib/own';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/ui-strings';

/** A verdict as a rating from 1 (wrong) to 3 (in line with the record); a claim an article leaves out is no review. */
const RATING = { accurate: 3, imprecise: 2, wrong: 1 } as const;

export function structuredData(files: Loaded, locale: Locale, pageUrl: string | null): Record<string, unknown>[] {
  const page = checkedSection('page', { ...files, locale });
  const sources = checkedSection('sources', { ...files, locale });
  const { t, tData } = makeTextApi(sources);
  const updates = [...(page.updates ?? [])].map((update) => update.date).sort();
  const publisher = { '@type': 'Organization', name: SITE_TITLE[locale] };
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: SITE_TITLE[locale],
    description: SITE_DESCRIPTION[locale],
    inLanguage: locale,
    datePublished: updates[0],
    dateModified: updates[updates.length - 1],
    author: publisher,
    publisher,
    ...(pageUrl && { url: pageUrl, mainEntityOfPage: pageUrl }),
  };
  const reviews = [...(sources.claims?.values() ?? [])].flatMap((claim) =>
    sources.articles.flatMap((source) => {
      const verdict = own(claim.verdicts, source.id);
      if (!verdict || verdict === 'absent') return [];
      const outlet = source.translations?.[locale]?.outlet ?? source.outlet;
      return [
        {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: tData(`claims.${claim.id}.statement`),
          inLanguage: locale,
          author: publisher,
          datePublished: updates[updates.length - 1],
          ...(pageUrl && { url: `${pageUrl}#sources` }),
          itemReviewed: {
            '@type': 'Claim',
            ...(outlet && { author: { '@type': 'Organization', name: outlet } }),
            ...(source.date && { datePublished: source.date }),
            appearance: {
              '@type': 'CreativeWork',
              ...(source.title && { headline: source.title }),
              ...(source.url && { url: source.url }),
              ...(source.date && { datePublished: source.date }),
            },
          },
          reviewRating: {
            '@type': 'Rating',
            ratingValue: RATING[verdict],
            bestRating: 3,
            worstRating: 1,
            alternateName: t(`verdicts.${verdict}`),
          },
        },
      ];
    }),
  );
  return [article, ...reviews];
}
