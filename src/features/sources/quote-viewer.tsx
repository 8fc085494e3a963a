import { useEffect, useMemo } from 'react';
import { LiveRegion } from '../../components/live-region';
import type { SourcesBundle } from '../../data/model';
import { useText } from '../../data/text';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { QuoteFilters } from './quote-filters';
import { QuotePanel } from './quote-panel';
import { SourceTabs, type TabCount } from './source-tabs';
import { useSettledAnnouncement, type ViewerControls } from './use-viewer-state';
import { quoteTranslation } from '../../data/quote-text';
import { hasFilters, outletLabel, quoteMatches, viewerStatus } from './utils';

/** Source by source: each article's quotes in its own words, filtered and searched, with the state in the URL. */
export function QuoteViewer({ bundle, viewer }: { bundle: SourcesBundle; viewer: ViewerControls }) {
  const text = useText();
  const { t, locale } = text;
  const { state } = viewer;
  const reduceMotion = usePrefersReducedMotion();
  const filtering = hasFilters(state);

  /** For each article, the quotes to show (the linked quote always stays). */
  const shown = useMemo(() => {
    const byArticle = new Map(bundle.articles.map((article) => [article.id, article]));
    return new Map(
      bundle.articles.map((article) => [
        article.id,
        bundle.quotes.filter((quote) => {
          const source = byArticle.get(quote.sourceId);
          return quote.sourceId === article.id && (quote.id === state.quoteId || (source !== undefined && quoteMatches(quote, state, quoteTranslation(quote, source, locale))));
        }),
      ]),
    );
  }, [bundle, state, locale]);
  const counts = new Map<string, TabCount>(
    bundle.articles.map((article) => [article.id, { shown: shown.get(article.id)?.length ?? 0, total: bundle.quotes.filter((quote) => quote.sourceId === article.id).length }]),
  );
  const article = bundle.articles.find((item) => item.id === state.sourceId) ?? bundle.articles[0];
  const here = article ? (counts.get(article.id) ?? { shown: 0, total: 0 }) : { shown: 0, total: 0 };
  const status = article
    ? viewerStatus(text, {
        filters: state,
        outlet: outletLabel(text, article),
        here: here.shown,
        total: here.total,
        all: [...shown.values()].reduce((sum, list) => sum + list.length, 0),
        articles: bundle.articles.length,
        claimLabel: state.claimId ? t(`claims.${state.claimId}.statement`) : undefined,
        caseLabel: state.caseId ? t(state.caseId === 'alexa' ? 'common.caseAlexa' : 'common.caseRing') : undefined,
      })
    : '';
  const announcement = useSettledAnnouncement(status);

  // A linked quote (from the URL or the matrix) is scrolled to and focused once it is on screen.
  useEffect(() => {
    if (!state.quoteId) return;
    const element = document.getElementById(`quote-${state.quoteId}`);
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [state.quoteId, reduceMotion]);

  return (
    <div className="space-y-4">
      <QuoteFilters
        state={state}
        searchInput={viewer.searchInput}
        claims={bundle.claims}
        onSearch={viewer.setSearch}
        onCase={viewer.setCase}
        onClaim={viewer.setClaim}
        onClear={viewer.clearFilters}
        active={filtering}
      />
      <p aria-hidden="true" className="text-sm font-semibold">
        {status}
      </p>
      <LiveRegion message={announcement} />
      <SourceTabs articles={bundle.articles} selectedId={state.sourceId} counts={counts} filtering={filtering} onSelect={viewer.selectSource} />
      {bundle.articles.map((item) => (
        <QuotePanel
          key={item.id}
          article={item}
          bundle={bundle}
          quotes={shown.get(item.id) ?? []}
          hidden={item.id !== state.sourceId}
          state={state}
          onClaim={viewer.setClaim}
        />
      ))}
    </div>
  );
}
