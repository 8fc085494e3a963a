/**
 * oEmbed (https://oembed.com): a static document per embed view and edition, written at build time
 * (scripts/prerender.mjs) and named by each embed page's discovery link, so a blog platform given the embed
 * page's address (Ghost, Medium and others look for the link) gets the iframe snippet, its size and a thumbnail.
 */
import { SITE_TITLE, embedTitle, type SectionId } from '../../lib/ui-strings';
import type { Locale } from '../../lib/locales';
import { editionUrl } from '../../lib/site';
import { iframeSnippet, snippetHeight, type ViewPicture } from './snippets';

/** Where an embed page's oEmbed document is, relative to the site root: `oembed/alexa.step.en.json`. */
export const oembedPath = (view: SectionId, locale: Locale, part: string | null = null): string =>
  `oembed/${view}${part ? `.${part}` : ''}.${locale}.json`;

/** The width the document proposes; the snippet itself fills its column (width 100%). */
export const OEMBED_WIDTH = 640;

/**
 * The document for one view in one edition, its addresses under `root` (the site's absolute address). A site
 * built without one gets addresses relative to its root (`root` = null): fine for its own pages, but a platform
 * fetching the document needs absolute ones, so the build says to set SITE_URL.
 */
export function oembedDocument(
  view: SectionId,
  locale: Locale,
  root: URL | null,
  picture: ViewPicture | undefined,
  part: string | null = null,
) {
  const base = root?.href ?? 'https://site.invalid/';
  const address = (href: string) => (root ? href : href.slice(base.length));
  const state: Record<string, string> = locale === 'en' ? {} : { lang: locale };
  const choice = { view, state, part, theme: 'auto' as const };
  const html = iframeSnippet(choice, base);
  return {
    version: '1.0',
    type: 'rich',
    html: root ? html : html.replace(base, ''),
    width: OEMBED_WIDTH,
    height: snippetHeight(choice),
    title: embedTitle(view, locale),
    provider_name: SITE_TITLE[locale],
    provider_url: address(editionUrl(locale, new URL(base)).href) || './',
    ...(picture && {
      thumbnail_url: address(new URL(picture.file, base).href),
      thumbnail_width: picture.width,
      thumbnail_height: picture.height,
    }),
  };
}
