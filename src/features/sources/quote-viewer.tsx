import { mayMoveFocus } from '../../lib/host-safe';
import { useEffect, useMemo } from 'react';
import { Fold } from '../../components/fold';
import { LiveRegion } from '../../components/live-region';
import { useArticles, useQuotes, useCopy } from '../../content/section';
import { quoteTranslation } from '../../content/quote-text';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { QuoteFilters } from './quote-filters';
import { QuotePanel } from './quote-panel';
import { SourceTabs, type TabCount } from './source-tabs';
import { useSettledAnnouncement, type ViewerControls } from './use-viewer-state';
import { outletLabel } from './citations';
import { CASE_KEY } from '../../data/copy-keys';
import { hasFilters, quoteMatches, viewerStatus } from './filters';

/** Source by source: each article's quotes in its own words, filtered and searched, with the state in the URL. */
export function QuoteViewer({ viewer }: { viewer: ViewerControls }) {
  const text = useCopy();
  const { t, tData, locale } = text;
  const articles = useArticles();
  const quotes = useQuotes();
  const { state } = viewer;
  const reduceMotion = usePrefersReducedMotion();
  const filtering = hasFilters(state);

  /** For each article, the quotes to show (the linked quote always stays). */
  const shown = useMemo(
    () =>
      new Map(
        articles.map((article) => [
          article.id,
          quotes.filter(
            (quote) =>
              quote.sourceId === article.id &&
              (quote.id === state.quoteId || quoteMatches(quote, state, quoteTranslation(quote, article, locale))),
          ),
        ]),
      ),
    [articles, quotes, state, locale],
  );
  const counts = new Map<string, TabCount>(
    articles.map((article) => [
      article.id,
      {
        shown: shown.get(article.id)?.length ?? 0,
        total: quotes.filter((quote) => quote.sourceId === article.id).length,
      },
    ]),
  );
  const article = articles.find((item) => item.id === state.sourceId) ?? articles[0];
  const here = (article && counts.get(article.id)) ?? { shown: 0, total: 0 };
  const status = article
    ? viewerStatus(text, {
        filters: state,
        outlet: outletLabel(text, article),
        here: here.shown,
        total: here.total,
        all: [...shown.values()].reduce((sum, list) => sum + list.length, 0),
        articles: articles.length,
        claimLabel: state.claimId ? tData(`claims.${state.claimId}.statement`) : undefined,
        caseLabel: state.caseId ? t(CASE_KEY[state.caseId]) : undefined,
      })
    : '';
  const announcement = useSettledAnnouncement(status);

  // A linked quote (from the URL or the matrix) is scrolled to and focused once it is on screen (in an embed,
  // only once the reader is at work in it: never the host page on load).
  useEffect(() => {
    if (!state.quoteId || !mayMoveFocus()) return;
    const element = document.getElementById(`quote-${state.quoteId}`);
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [state.quoteId, reduceMotion]);

  return (
    <div className="space-y-4">
      <Fold more={t('quoteViewer.filtersMore')} less={t('quoteViewer.filtersLess')} forceOpen={filtering} narrowOnly>
        <QuoteFilters viewer={viewer} />
      </Fold>
      <p aria-hidden="true" className="text-sm font-semibold">
        {status}
      </p>
      <LiveRegion message={announcement} />
      <SourceTabs
        articles={articles}
        selectedId={state.sourceId}
        counts={counts}
        filtering={filtering}
        onSelect={viewer.selectSource}
      />
      {articles.map((item) => (
        <QuotePanel
          key={item.id}
          article={item}
          quotes={shown.get(item.id) ?? []}
          hidden={item.id !== state.sourceId}
          state={state}
          onClaim={viewer.setClaim}
        />
      ))}
    </div>
  );
}
