import { oembedPath } from '../features/embed/oembed';
import type { Locale } from '../lib/locale';
import { PUBLISHER_META, type Publisher } from '../lib/publisher';
import type { ReadingTimes } from '../lib/reading-time';
import { editionLinks, upToRoot } from '../lib/site';
import type { SectionId } from '../lib/ui-strings';

/** A picture for link previews: its file under the site root, size and description. */
export interface HeadPicture {
  file: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageHeadProps {
  /** Path under the site root: `index.html`, `zh-Hans/index.html`, `embed/claims/two-days.zh-Hans.html`. */
  path: string;
  locale: Locale;
  /** The section an embed page shows, or null for a main page. */
  view: SectionId | null;
  /** A single-claim embed's claim (view `sources`): embed/claims/<claim>[.zh-Hans].html. */
  claim?: string;
  /** The part of the view an embed page shows alone (the registry's `parts`): embed/alexa.step.html. */
  part?: string;
  title: string;
  description: string;
  /** The site's address when the build knows it (SITE_URL): then every address here is absolute. */
  siteUrl: URL | null;
  card: HeadPicture;
  publisher: Publisher;
  /** A main page's structured data (JSON-LD text, `<` escaped), from entry-server.tsx. */
  structuredData?: string;
  /** A main page's sections' reading times, which the browser reads back to hydrate the contents line. */
  readingTimes?: ReadingTimes | null;
}

/** Addresses under the site root: absolute with SITE_URL (as link previews need), else relative to the page. */
export const siteAddress = (path: string, siteUrl: URL | null) => (file: string) =>
  siteUrl ? new URL(file, siteUrl).href : `${upToRoot(path)}${file}`;

/** A page's absolute address (`…/zh-Hans/` for zh-Hans/index.html) when the build knows the site's, else null. */
export const pageAddress = (path: string, siteUrl: URL | null) =>
  siteUrl ? new URL(path.replace(/index\.html$/, ''), siteUrl).href : null;

/**
 * A prerendered page's own <head> tags (scripts/prerender.mjs puts them in the built template's place for them):
 * title, description, link-preview tags, the links between editions, what an embed page tells its script, the
 * publisher, structured data and oEmbed discovery.
 */
export function PageHead(props: PageHeadProps) {
  const { path, locale, view, claim, part, title, description, siteUrl, card, publisher } = props;
  const up = upToRoot(path);
  const address = siteAddress(path, siteUrl);
  const [ogLocale, ogAlternate] = locale === 'en' ? ['en_US', 'zh_CN'] : ['zh_CN', 'en_US'];
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content="article" />
      {view ? null : (
        <>
          <meta property="og:locale" content={ogLocale} />
          <meta property="og:locale:alternate" content={ogAlternate} />
        </>
      )}
      {up ? <meta name="explainer-root" content={up} /> : null}
      {view ? (
        <>
          {/* An embed page is a part of the main page: not indexed on its own (its canonical is its section). */}
          <meta name="robots" content="noindex" />
          <meta name="explainer-view" content={view} />
          {claim ? <meta name="explainer-claim" content={claim} /> : null}
          {part ? <meta name="explainer-part" content={part} /> : null}
        </>
      ) : null}
      {/* Canonical and hreflang links must be absolute: here when the build knows the site's address, else added
          by the page's entry script. The Embed dialog's snippets name the site's address, even on a mirror. */}
      {siteUrl ? (
        <>
          <meta name="explainer-site" content={siteUrl.href} />
          {editionLinks(locale, view, siteUrl).map(([rel, hreflang, href]) => (
            <link key={`${rel}${hreflang}`} rel={rel} {...(hreflang && { hrefLang: hreflang })} href={href} />
          ))}
          <meta property="og:url" content={pageAddress(path, siteUrl) ?? ''} />
        </>
      ) : null}
      <meta property="og:image" content={address(card.file)} />
      <meta property="og:image:width" content={String(card.width)} />
      <meta property="og:image:height" content={String(card.height)} />
      <meta property="og:image:alt" content={card.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      {/* The publisher, for the main page's date line and an embed's credit: the browser reads it to hydrate them. */}
      <meta name={PUBLISHER_META.name} content={publisher.name} />
      {publisher.url ? <meta name={PUBLISHER_META.url} content={publisher.url} /> : null}
      {props.structuredData ? (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: props.structuredData }} />
      ) : null}
      {/* oEmbed discovery: a blog platform given this embed page's address finds its snippet here. */}
      {view && !claim ? (
        <link
          rel="alternate"
          type="application/json+oembed"
          href={address(oembedPath(view, locale, part ?? null))}
          title={title}
        />
      ) : null}
      {props.readingTimes ? (
        <script
          type="application/json"
          id="reading-times"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(props.readingTimes) }}
        />
      ) : null}
    </>
  );
}
