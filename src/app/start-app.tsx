import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { DataError } from '../lib/data-error';
import { LocaleProvider, type Locale } from '../lib/locale';
import { AppProviders } from './providers';

/**
 * How a page's React root reports errors. A broken data file is an expected failure: its section shows the
 * alert. A prerendered part that differs from what the browser renders (a data file edited since the build) is
 * redrawn by React, which is expected too: it goes to console.debug, where tests look for it on a page whose
 * data is the build's. Anything else is a bug.
 */
const ROOT_OPTIONS: RootOptions = {
  onCaughtError: (error, info) => {
    if (!(error instanceof DataError)) console.error(error, info.componentStack);
  },
  onRecoverableError: (error) => {
    if (error instanceof DataError) return;
    // Production builds give codes, not words: #418 a mismatch, #419 and #423 a part React had to render afresh.
    if (error instanceof Error && /hydrat|React error #(418|419|423)\b/i.test(error.message))
      console.debug(`hydration: ${error.message}`);
    else console.warn(error);
  },
};

/** Start a page's app in its edition: hydrate the prerendered HTML in `root`, or draw it there if there is none. */
export function startApp(root: HTMLElement, locale: Locale, page: ReactNode, prerendered: boolean): void {
  const app = (
    <StrictMode>
      <AppProviders>
        <LocaleProvider initial={locale}>{page}</LocaleProvider>
      </AppProviders>
    </StrictMode>
  );
  if (prerendered) hydrateRoot(root, app, ROOT_OPTIONS);
  else createRoot(root, ROOT_OPTIONS).render(app);
}
