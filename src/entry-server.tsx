/**
 * Build-time rendering of the explainer page (scripts/prerender.mjs). The data files are parsed with the same
 * schemas as in the browser and put in the query cache, so every section renders its content, not a spinner.
 * The browser still fetches public/data at run time and hydrates this HTML.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { ExplainerPage } from './app/explainer-page';
import { AppProviders } from './app/providers';
import { parseDataFile } from './data/load';
import { LocaleProvider } from './lib/locale';
import { dataFileQuery } from './data/queries';
import { DATA_FILES, type DataFileName } from './data/schemas';

/** The registry's sections, for the prerender to check that each one is in the page. */
export { SECTION_IDS } from './lib/ui-strings';

/** Render the whole page, waiting for every lazy section and its (already cached) data. */
export async function renderPage(readDataText: (file: DataFileName) => string): Promise<string> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    client.setQueryData(dataFileQuery(file).queryKey, parseDataFile(file, readDataText(file)));
  }
  const page = (
    <AppProviders client={client}>
      <LocaleProvider initial="en">
        <ExplainerPage />
      </LocaleProvider>
    </AppProviders>
  );
  // First pass: waits for every lazy section to load (its output has inline scripts, which a strict CSP
  // blocks, so it is thrown away). Second pass: everything is resolved, so plain HTML comes out.
  const { prelude } = await prerenderToNodeStream(page);
  for await (const chunk of prelude) void chunk;
  return renderToString(page);
}
