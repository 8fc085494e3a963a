import type { Locale } from '../lib/locale';
import { applyEditionLinks } from '../lib/site';
import { SITE_DESCRIPTION, SITE_TITLE, embedTitle, type SectionId } from '../lib/ui-strings';

/**
 * The document's language. Only set when it changes: setting lang on <html>, even to the same value, makes the
 * browser restyle the whole page.
 */
export function setDocumentLang(locale: Locale): void {
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
}

function setMeta(selector: string, attribute: string, value: string): void {
  document.head.querySelector(selector)?.setAttribute(attribute, value);
}

function setTitleAndDescription(locale: Locale, title: string): void {
  setDocumentLang(locale);
  document.title = title;
  setMeta('meta[name="description"]', 'content', SITE_DESCRIPTION[locale]);
  setMeta('meta[property="og:title"]', 'content', title);
  setMeta('meta[property="og:description"]', 'content', SITE_DESCRIPTION[locale]);
}

/**
 * Title, description, Open Graph tags, the canonical link and the hreflang alternates for the edition being
 * read. The prerendered pages carry them with relative addresses (the build does not know the host); here they
 * become absolute, as search engines require.
 */
export function applyPageMetadata(locale: Locale): void {
  setTitleAndDescription(locale, SITE_TITLE[locale]);
  setMeta('meta[property="og:locale"]', 'content', locale === 'en' ? 'en_US' : 'zh_CN');
  applyEditionLinks(locale, null);
}

/** An embed's language, and its title naming the section it shows (as the host's iframe title does). */
export function applyEmbedMetadata(view: SectionId | null, locale: Locale): void {
  setTitleAndDescription(locale, embedTitle(view ?? '', locale));
}
