import { LOCALES, type Locale } from '../lib/locale';
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
 * Title, description, Open Graph tags and hreflang alternates for the edition being read. The prerendered
 * HTML carries the English ones; the alternates are added here with absolute addresses (search engines
 * require them absolute, and only the browser knows where the page is hosted).
 */
export function applyPageMetadata(locale: Locale, href: string = window.location.href): void {
  setTitleAndDescription(locale, SITE_TITLE[locale]);
  setMeta('meta[property="og:locale"]', 'content', locale === 'en' ? 'en_US' : 'zh_CN');
  for (const old of document.head.querySelectorAll('link[rel="alternate"][hreflang]')) old.remove();
  const base = new URL('./', href);
  for (const option of [...LOCALES, 'x-default'] as const) {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.hreflang = option;
    const url = new URL(base);
    if (option !== 'x-default') url.searchParams.set('lang', option);
    link.href = url.href;
    document.head.append(link);
  }
}

/** An embed's language, and its title naming the section it shows (as the host's iframe title does). */
export function applyEmbedMetadata(view: SectionId | null, locale: Locale): void {
  setTitleAndDescription(locale, embedTitle(view ?? '', locale));
}
