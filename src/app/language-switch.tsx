import { useSyncExternalStore } from 'react';
import { LOCALES, LOCALE_NAMES, useLocale, type Locale } from '../lib/locale';
import { EDITION_PATHS, upToRoot } from '../lib/site';
import { UI } from '../lib/chrome-strings';
import { currentHref, subscribeToUrl } from '../lib/url-state';

/**
 * The link from this edition's page to another's, relative (so it stays under any sub-path and on this host):
 * `zh-Hans/` from the English page, `../` back, with the reader's state (other parameters) and section (hash).
 */
export function hrefForLocale(href: string, locale: Locale, from: Locale): string {
  const url = new URL(href);
  url.searchParams.delete('lang');
  return `${upToRoot(EDITION_PATHS[from])}${EDITION_PATHS[locale]}`.replace(/^$/, './') + url.search + url.hash;
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
              href={hrefForLocale(href, option, locale)}
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
