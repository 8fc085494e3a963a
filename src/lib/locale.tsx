/**
 * The reader's edition: English or Simplified Chinese. Chosen by `?lang=` in the URL, else by the
 * browser's languages; anything unknown falls back to English, silently.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

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
 * Provides the edition. `initial` is what the first render uses (English when hydrating the prerendered
 * page, so hydration matches); `target` is switched to right after, in a transition, so the page keeps
 * showing the current text until the other edition's copy has loaded.
 */
export function LocaleProvider({ initial, target = initial, children }: { initial: Locale; target?: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initial);
  useEffect(() => {
    if (target !== locale) startTransition(() => setLocale(target));
    // Only when the target changes; `locale` itself is what this effect moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
