/**
 * The reader's edition: English or Simplified Chinese. Chosen by `?lang=` in the URL, else by the
 * browser's languages; anything unknown falls back to English, silently.
 */
import { createContext, useContext, type ReactNode } from 'react';

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

const LocaleContext = createContext<Locale>('en');

/**
 * Provides the edition for the whole page. Changing edition is a page load (the language switch is a real
 * link), so the edition never changes under a mounted page. `<html lang>` is the entry point's to set, with the
 * rest of the document's metadata, before the first render (setDocumentLang in src/app/page-metadata.ts).
 */
export function LocaleProvider({ initial: locale, children }: { initial: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
