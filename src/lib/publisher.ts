/**
 * Who publishes the explainer: the NewsArticle's author and publisher and each ClaimReview's author in the pages'
 * structured data (src/app/structured-data.ts), and the name on the main page's date line (src/app/page-header.tsx). Named once, at build time: `PUBLISHER` (the organisation's name)
 * and, optionally, `PUBLISHER_URL` (its home page) in the environment of `npm run build`, read by
 * scripts/prerender.mjs (README, "Publishing"). Without them the build says so and names DEFAULT_PUBLISHER,
 * which is a placeholder, not a newsroom: set them when building for publication.
 */
export interface Publisher {
  name: string;
  url?: string;
}

export const DEFAULT_PUBLISHER: Publisher = { name: 'The newsroom publishing this explainer' };

/**
 * The name to show: the publisher's, or for a build not told its publisher, the placeholder in the edition's
 * language (`unset`, the copy's `header.dateline.unsetPublisher`): the date line, an embed's credit, the pictures.
 */
export function publisherName(publisher: Publisher, unset: string): string {
  return publisher.name === DEFAULT_PUBLISHER.name ? unset : publisher.name;
}

/** The page's head names the publisher for the page's date line (scripts/prerender.mjs writes these). */
export const PUBLISHER_META = { name: 'explainer-publisher', url: 'explainer-publisher-url' } as const;

/** The publisher a prerendered page's head names, or null (the dev server's page names none). */
export function publisherInPage(doc: Document): Publisher | null {
  const content = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim();
  const name = content(PUBLISHER_META.name);
  if (!name) return null;
  const url = content(PUBLISHER_META.url);
  return url ? { name, url } : { name };
}

/** The publisher from the build's environment (PUBLISHER, PUBLISHER_URL), else the default. */
export function publisherFrom(env: Record<string, string | undefined>): Publisher {
  const name = env.PUBLISHER?.trim();
  if (!name) return DEFAULT_PUBLISHER;
  const url = env.PUBLISHER_URL?.trim();
  return url ? { name, url: new URL(url).href } : { name };
}
