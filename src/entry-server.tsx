/**
 * Build-time rendering of every landing page (scripts/prerender.mjs): the explainer page in each edition and
 * each embed view in each edition. The data files are parsed with the same schemas as in the browser and put in
 * the query cache, so every section renders its content, not a spinner. The browser still fetches public/data
 * at run time and hydrates this HTML (an edited or broken file still shows).
 */
import { JSDOM } from 'jsdom';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { EmbedPage } from './app/embed-page';
import { ExplainerPage } from './app/explainer-page';
import { PageHead, pageAddress, siteAddress, type PageHeadProps } from './app/page-head';
import { upToRoot } from './lib/site';
import { AppProviders, createQueryClient } from './app/providers';
import { dataFileQuery, parseDataFile } from './data/load';
import { COPY_FILES, DATA_FILES, type DataFileName } from './data/schemas';
import { structuredData } from './app/structured-data';
import { CHECKER, checkedSection } from './data/checked';
import { checksQuery } from './content/section';
import { parseEmbedParams } from './features/embed/params';
import { LOCALES, LocaleProvider, type Locale } from './lib/locale';
import { readingTimesOf, type ReadingTimes } from './lib/reading-time';
import { EDITION_PATHS, claimPagePath, embedPagePath } from './lib/site';
import { makeTextApi } from './data/text';
import { CLAIM_PAGE_CHECKED, SECTIONS, SECTION_IDS, SITE_DESCRIPTION, SITE_TITLE, embedTitle } from './lib/ui-strings';

export { embedPagePath } from './lib/site';
export { oembedDocument, oembedPath } from './features/embed/oembed';
export { SECTION_IDS, upToRoot };
export { publisherFrom } from './lib/publisher';
import type { Publisher } from './lib/publisher';

/** One landing page: where it goes under dist/, which built template it fills, what it shows and its <head>'s text. */
export type PageSpec = Pick<PageHeadProps, 'path' | 'locale' | 'view' | 'claim' | 'part' | 'title' | 'description'> & {
  template: 'index.html' | 'embed.html';
};

export const PAGES: PageSpec[] = [
  ...LOCALES.map((locale): PageSpec => ({
    path: `${EDITION_PATHS[locale]}index.html`,
    template: 'index.html',
    locale,
    view: null,
    title: SITE_TITLE[locale],
    description: SITE_DESCRIPTION[locale],
  })),
  ...SECTION_IDS.flatMap((view) =>
    [null, ...SECTIONS[view].parts].flatMap((part) =>
      LOCALES.map((locale): PageSpec => ({
        path: embedPagePath(view, locale, part),
        template: 'embed.html',
        locale,
        view,
        title: embedTitle(view, locale),
        description: SITE_DESCRIPTION[locale],
        ...(part && { part }),
      })),
    ),
  ),
];

/** Every data file as the build ships them, parsed with the browser's schemas, with one edition's copy. */
function readFiles(readDataText: (file: DataFileName) => string, locale: Locale) {
  const read = <F extends DataFileName>(file: F) => parseDataFile(file, readDataText(file));
  return {
    sources: read('sources.json'),
    facts: read('facts.json'),
    cases: read('cases.json'),
    money: read('money.json'),
    quotes: read('quotes.json'),
    claims: read('claims.json'),
    updates: read('updates.json'),
    copy: read(COPY_FILES[locale]),
    copyName: COPY_FILES[locale],
  };
}

/**
 * The single-claim embeds' pages: one per claim in claims.json, in each edition. Their title and link preview
 * lead with the record (`claims.<id>.headline`: "Fact check: …", "Alleged, not proven: …"), never with the claim
 * as if it were a fact; the description gives the record, then the claim checked and its status.
 */
export function claimPages(readDataText: (file: DataFileName) => string): PageSpec[] {
  const { claims } = parseDataFile('claims.json', readDataText('claims.json'));
  const texts = new Map(
    LOCALES.map((locale) => {
      const section = checkedSection('sources', { ...readFiles(readDataText, locale), locale });
      return [locale, makeTextApi(section)] as const;
    }),
  );
  return claims.flatMap((claim) =>
    LOCALES.map((locale): PageSpec => {
      const { t, tData } = texts.get(locale)!;
      const checked = CLAIM_PAGE_CHECKED[locale](
        tData(`claims.${claim.id}.statement`),
        t(`recordStatus.${claim.record.status}`),
      );
      return {
        path: claimPagePath(claim.id, locale),
        template: 'embed.html',
        locale,
        view: 'sources',
        title: `${tData(`claims.${claim.id}.headline`)} — ${SITE_TITLE[locale]}`,
        description: `${tData(`claims.${claim.id}.record`)}${locale === 'en' ? ' ' : ''}${checked}`,
        claim: claim.id,
      };
    }),
  );
}

/**
 * Render one page, waiting for every lazy section and its (already cached) data; a main page comes with its
 * sections' reading times, which its head carries for the browser.
 */
export async function renderPage(
  spec: PageSpec,
  readDataText: (file: DataFileName) => string,
  publisher?: Publisher,
): Promise<{ html: string; readingTimes: ReadingTimes | null }> {
  const client = createQueryClient();
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    client.setQueryData(dataFileQuery(file).queryKey, parseDataFile(file, readDataText(file)));
  }
  client.setQueryData(checksQuery.queryKey, CHECKER);
  const page = (readingTimes: ReadingTimes | null) => (
    <AppProviders client={client}>
      <LocaleProvider initial={spec.locale}>
        {spec.view ? (
          <EmbedPage
            params={parseEmbedParams(
              `?view=${spec.view}&lang=${spec.locale}${spec.claim ? `&card=${spec.claim}` : ''}&part=${spec.part ?? 'full'}`,
            )}
            root={upToRoot(spec.path)}
            {...(publisher && { publisher })}
          />
        ) : (
          <ExplainerPage readingTimes={readingTimes} {...(publisher && { publisher })} />
        )}
      </LocaleProvider>
    </AppProviders>
  );
  const html = await prerender(page(null));
  if (spec.view) return { html, readingTimes: null };
  // A main page is drawn once more with each section's reading time, counted from what the reader meets in it.
  const readingTimes = readingTimesOf(new JSDOM(html).window.document, SECTION_IDS);
  return { html: await prerender(page(readingTimes)), readingTimes };
}

/**
 * The page's HTML once every lazy section and its data have loaded. Completed sections come out in place, however
 * large (`progressiveChunkSize`), so the HTML has no inline script for a strict CSP to block.
 */
async function prerender(page: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(page, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

/** A prerendered page's own head tags (src/app/page-head.tsx), as HTML, with a main page's structured data. */
export function renderHead(
  spec: PageSpec,
  readDataText: (file: DataFileName) => string,
  options: Pick<PageHeadProps, 'siteUrl' | 'card' | 'publisher' | 'readingTimes'>,
): string {
  const { siteUrl, card, publisher } = options;
  // A main page's structured data (schema.org JSON-LD) as the text of a `<script type="application/ld+json">`: not
  // run, so the strict CSP allows it; `<` escaped so no text ends it.
  const structured = spec.view
    ? undefined
    : JSON.stringify(
        structuredData(readFiles(readDataText, spec.locale), spec.locale, {
          pageUrl: pageAddress(spec.path, siteUrl) ?? './',
          image: siteAddress(spec.path, siteUrl)(card.file),
          publisher,
        }),
      ).replace(/</g, '\\u003c');
  return renderToStaticMarkup(<PageHead {...spec} {...options} structuredData={structured} />);
}
