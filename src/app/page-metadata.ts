import { LOCALES, type Locale } from '../lib/locale';
import { UI } from '../lib/ui-strings';

const DESCRIPTION: Record<Locale, string> = {
  en: 'How the US government’s Alexa and Ring cases against Amazon worked: what the complaints alleged, what the settlements require, where the money goes, and what news reports got wrong.',
  'zh-Hans': '美国政府针对亚马逊 Alexa 和 Ring 的两起隐私案件：起诉书指控了什么，和解协议要求什么，钱流向哪里，以及新闻报道中的错误。',
};

function setMeta(selector: string, attribute: string, value: string): void {
  document.head.querySelector(selector)?.setAttribute(attribute, value);
}

/**
 * Title, description, Open Graph tags and hreflang alternates for the edition being read. The prerendered
 * HTML carries the English ones; the alternates are added here with absolute addresses (search engines
 * require them absolute, and only the browser knows where the page is hosted).
 */
export function applyPageMetadata(locale: Locale, href: string = window.location.href): void {
  // Only when it changes: setting lang on <html> makes the browser restyle the whole page.
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  document.title = UI[locale].siteTitle;
  setMeta('meta[name="description"]', 'content', DESCRIPTION[locale]);
  setMeta('meta[property="og:title"]', 'content', UI[locale].siteTitle);
  setMeta('meta[property="og:description"]', 'content', DESCRIPTION[locale]);
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
