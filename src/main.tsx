import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { ExplainerPage } from './app/explainer-page';
import { AppProviders } from './app/providers';
import { DataError } from './lib/data-error';
import { LocaleProvider, browserLocale, parseLocale } from './lib/locale';
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
  // Each edition's page is prerendered in its language (index.html, zh-Hans/index.html) and hydrated as it is;
  // boot.ts has already sent a `?lang=` for the other edition to its page. Without a prerendered page (the dev
  // server), the edition comes from `?lang=` or the browser's languages.
  const prerendered = root.firstElementChild !== null;
  const locale = (prerendered && parseLocale(document.documentElement.lang)) || browserLocale();
  applyPageMetadata(locale);
  const app = (
    <StrictMode>
      <AppProviders>
        <LocaleProvider initial={locale}>
          <ExplainerPage />
        </LocaleProvider>
      </AppProviders>
    </StrictMode>
  );
  if (prerendered) hydrateRoot(root, app, options);
  else createRoot(root, options).render(app);
}
