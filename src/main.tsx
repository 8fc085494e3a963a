import { ExplainerPage } from './app/explainer-page';
import { startApp } from './app/start-app';
import { browserLocale, pageLocale } from './lib/locale';
import { applyPageMetadata } from './app/page-metadata';
import { readingTimesInPage } from './lib/reading-time';
import { publisherInPage } from './lib/publisher';

const root = document.getElementById('root');
if (root) {
  // Each edition's page is prerendered in its language (index.html, zh-Hans/index.html) and hydrated as it is;
  // boot-main.ts has already sent a `?lang=` for the other edition to its page. Without a prerendered page (the dev
  // server), the edition comes from `?lang=` or the browser's languages.
  const prerendered = root.firstElementChild !== null;
  const locale = (prerendered && pageLocale()) || browserLocale();
  applyPageMetadata(locale);
  startApp(
    root,
    locale,
    <ExplainerPage
      readingTimes={prerendered ? readingTimesInPage(document) : null}
      publisher={publisherInPage(document) ?? undefined}
    />,
    prerendered,
  );
}
