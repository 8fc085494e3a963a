/**
 * The editions, and how an address, a browser or a page names one: plain functions with no React, so the pages'
 * small entry script (boot.ts with boot-main.ts and boot-embed.ts) reads editions the same way the app does. The
 * React side (the edition's context) is locale.tsx.
 */
export const LOCALES = ['en', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文' };

export function parseLocale(raw: string | null | undefined): Locale | null {
  if (!raw) return null;
  const value = raw.trim().toLowerCase();
  if (value === 'en' || value.startsWith('en-')) return 'en';
  if (value === 'zh' || value.startsWith('zh-')) return 'zh-Hans';
  return null;
}

/** The URL's `lang` if it names an edition we have; else the first browser language we have; else English. */
export function detectLocale(search: string, languages: readonly string[] = []): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl !== null) return parseLocale(fromUrl) ?? 'en';
  for (const language of languages) {
    const locale = parseLocale(language);
    if (locale) return locale;
  }
  return 'en';
}

export function browserLocale(): Locale {
  if (typeof window === 'undefined') return 'en';
  return detectLocale(window.location.search, navigator.languages ?? [navigator.language]);
}

/** The edition a prerendered page is in, from its `<html lang>` (null if it names none we have). */
export function pageLocale(doc: Document = document): Locale | null {
  return parseLocale(doc.documentElement.lang);
}
