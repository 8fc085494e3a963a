import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedPage } from './app/embed-page';
import { applyEmbedMetadata } from './app/page-metadata';
import { AppProviders } from './app/providers';
import { parseEmbedParams } from './features/embed/params';
import { DataError } from './lib/data-error';
import { LocaleProvider } from './lib/locale';
import './index.css';

const params = parseEmbedParams(window.location.search);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
applyEmbedMetadata(params.view, params.lang);

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    onCaughtError: (error, info) => {
      if (!(error instanceof DataError)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <AppProviders>
        <LocaleProvider initial={params.lang}>
          <EmbedPage params={params} />
        </LocaleProvider>
      </AppProviders>
    </StrictMode>,
  );
}
