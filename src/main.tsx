import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplainerPage } from './app/explainer-page';
import { AppProviders } from './app/providers';
import { DataError } from './lib/data-error';
import './index.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    // A broken data file is an expected failure: its section shows the alert. Anything else is a bug.
    onCaughtError: (error, info) => {
      if (!(error instanceof DataError)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <AppProviders>
        <ExplainerPage />
      </AppProviders>
    </StrictMode>,
  );
}
