import { useSyncExternalStore } from 'react';
import { LOCALES, LOCALE_NAMES, useLocale, type Locale } from '../lib/locale';
import { UI } from '../lib/ui-strings';
import { currentHref, subscribeToUrl } from '../lib/url-state';

/** The page's address with `lang` set: the same section (hash) and the same state (other parameters). */
export function hrefForLocale(href: string, locale: Locale): string {
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A real link per edition, so it works with the keyboard, in a new tab, and without JavaScript. */
export function LanguageSwitch() {
  const locale = useLocale();
  // Follows URL changes (steps, selected quote) so a switch keeps the reader's place.
  const href = useSyncExternalStore(subscribeToUrl, currentHref, () => 'http://localhost/');
  return (
    <nav aria-label={UI[locale].language} className="text-sm">
      <ul className="flex gap-3">
        {LOCALES.map((option) => (
          <li key={option}>
            <a
              href={hrefForLocale(href, option)}
              hrefLang={option}
              lang={option}
              aria-current={option === locale ? 'true' : undefined}
              className={option === locale ? 'font-semibold text-ink no-underline' : undefined}
            >
              {LOCALE_NAMES[option]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
