import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { ExplainerPage } from './app/explainer-page';
import { AppProviders } from './app/providers';
import { DataError } from './lib/data-error';
import { LocaleProvider, browserLocale } from './lib/locale';
import { applyPageMetadata } from './app/page-metadata';

const options: RootOptions = {
  // A broken data file is an expected failure: its section shows the alert. Anything else is a bug.
  onCaughtError: (error, info) => {
    if (!(error instanceof DataError)) console.error(error, info.componentStack);
  },
  // The prerendered HTML came from the data at build time. If a file was edited (or broken) since, React
  // re-renders that part from the live data: expected, not an error worth a console message.
  onRecoverableError: (error) => {
    if (!(error instanceof DataError) && !(error instanceof Error && /hydrat/i.test(error.message)))
      console.warn(error);
  },
};

const root = document.getElementById('root');
if (root) {
  const prerendered = root.firstElementChild !== null;
  const locale = browserLocale();
  applyPageMetadata(locale);
  // The prerendered HTML is the English edition: English readers hydrate it; the Chinese edition is
  // rendered afresh in its place (its sections show their loading state until their copy arrives).
  const app = (
    <StrictMode>
      <AppProviders>
        <LocaleProvider initial={locale}>
          <ExplainerPage />
        </LocaleProvider>
      </AppProviders>
    </StrictMode>
  );
  if (prerendered && locale === 'en') hydrateRoot(root, app, options);
  else {
    root.replaceChildren();
    createRoot(root, options).render(app);
  }
}
