import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { ExplainerPage } from './app/explainer-page';
import { AppProviders } from './app/providers';
import { DataError } from './lib/data-error';
import './index.css';

const options: RootOptions = {
  // A broken data file is an expected failure: its section shows the alert. Anything else is a bug.
  onCaughtError: (error, info) => {
    if (!(error instanceof DataError)) console.error(error, info.componentStack);
  },
  // The prerendered HTML came from the data at build time. If a file was edited (or broken) since, React
  // re-renders that part from the live data: expected, not an error worth a console message.
  onRecoverableError: (error) => {
    if (!(error instanceof DataError) && !(error instanceof Error && /hydrat/i.test(error.message))) console.warn(error);
  },
};

const app = (
  <StrictMode>
    <AppProviders>
      <ExplainerPage />
    </AppProviders>
  </StrictMode>
);

const root = document.getElementById('root');
if (root) {
  if (root.firstElementChild) hydrateRoot(root, app, options);
  else createRoot(root, options).render(app);
}
