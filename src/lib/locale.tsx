/**
 * The reader's edition: English or Simplified Chinese. Chosen by `?lang=` in the URL, else by the
 * browser's languages; anything unknown falls back to English, silently.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from './locales';

export { LOCALES, LOCALE_NAMES, browserLocale, detectLocale, pageLocale, parseLocale, type Locale } from './locales';

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
