import { NewTabHint } from '../components/new-tab-hint';
import { SectionBoundary } from '../components/section-boundary';
import { EmbedButton } from '../features/embed/embed-dialog';
import { useLocale } from '../lib/locale';
import { UI } from '../lib/chrome-strings';
import { SECTIONS, SECTION_IDS } from '../lib/ui-strings';
import { LanguageSwitch } from './language-switch';
import { PageContents } from './page-contents';
import { DEFAULT_PUBLISHER, type Publisher } from '../lib/publisher';
import type { ReadingTimes } from '../lib/reading-time';
import { PageFooterText } from './page-footer';
import { PageHeaderText } from './page-header';
import { ReadyMarker } from './ready-marker';
import { APP_SECTIONS, othersUnaffected, SECTION_COMPONENTS } from './section-registry';

/**
 * The explainer; `readingTimes` are the prerender's counts (read from the page's head), or null to count here;
 * `publisher` is the build's (src/lib/publisher.ts), named on the date line.
 */
export function ExplainerPage({
  readingTimes = null,
  publisher = DEFAULT_PUBLISHER,
}: {
  readingTimes?: ReadingTimes | null;
  publisher?: Publisher;
}) {
  const locale = useLocale();
  const ui = UI[locale];
  return (
    <div className="min-h-screen bg-page text-ink">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-panel focus:p-2"
      >
        {ui.skip}
      </a>
      <NewTabHint />
      <header className="border-b border-line">
        <div className="mx-auto max-w-5xl px-4 py-8 sm:py-12">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">{ui.kicker}</p>
            <LanguageSwitch />
          </div>
          <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-5xl">{ui.siteTitle}</h1>
          <div className="mt-4">
            <SectionBoundary>
              <PageHeaderText publisher={publisher} readingTimes={readingTimes} />
            </SectionBoundary>
          </div>
        </div>
      </header>
      <PageContents readingTimes={readingTimes} />
      <main id="main" className="mx-auto max-w-5xl space-y-16 px-4 py-10">
        {SECTION_IDS.map((id) => {
          const Body = SECTION_COMPONENTS[id];
          return (
            <section
              key={id}
              id={id}
              lang={locale}
              aria-labelledby={`${id}-title`}
              className={`scroll-mt-16 ${APP_SECTIONS[id].offScreen ?? ''}`}
            >
              <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
                <h2 id={`${id}-title`} className="font-serif text-2xl font-bold sm:text-3xl">
                  {SECTIONS[id].title[locale]}
                </h2>
                <EmbedButton view={id} />
              </div>
              <SectionBoundary othersUnaffected={(error) => othersUnaffected(id, error)}>
                <Body />
                <ReadyMarker id={id} />
              </SectionBoundary>
            </section>
          );
        })}
      </main>
      {/* Skipped while far off screen, like the quote viewer (see AppSection.offScreen; its height guess too). */}
      <footer className="border-t border-line [content-visibility:auto] [overflow-clip-margin:0.75rem]">
        <div className="mx-auto max-w-5xl px-4 py-10">
          <SectionBoundary>
            <PageFooterText />
          </SectionBoundary>
        </div>
      </footer>
    </div>
  );
}
