import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { EmbedPage } from './app/embed-page';
import { applyEmbedMetadata } from './app/page-metadata';
import { AppProviders } from './app/providers';
import { ROOT_OPTIONS } from './app/root-options';
import { parseEmbedParams } from './features/embed/params';
import { LocaleProvider } from './lib/locale';

/**
 * An embed page. The static ones (embed/penalties.zh-Hans.html) are prerendered for one view in one edition,
 * which they name in <meta name="explainer-view"> and <html lang>, and are hydrated; their query carries only the
 * frame's id, the theme and the view's state. embed.html is the older, script-drawn page for any view
 * (`embed.html?view=penalties&lang=zh-Hans`), kept for snippets already pasted in posts.
 */
const root = document.getElementById('root');
const pageView = document.querySelector('meta[name="explainer-view"]')?.getAttribute('content');
const prerendered = Boolean(pageView && root?.firstElementChild);
const search = new URLSearchParams(window.location.search);
if (prerendered && pageView) {
  search.set('view', pageView);
  search.set('lang', document.documentElement.lang);
}
const params = parseEmbedParams(`?${search.toString()}`);
applyEmbedMetadata(params.view, params.lang);

if (root) {
  const app = (
    <StrictMode>
      <AppProviders>
        <LocaleProvider initial={params.lang}>
          <EmbedPage params={params} root={prerendered ? '../' : './'} />
        </LocaleProvider>
      </AppProviders>
    </StrictMode>
  );
  if (prerendered) hydrateRoot(root, app, ROOT_OPTIONS);
  else createRoot(root, ROOT_OPTIONS).render(app);
}
