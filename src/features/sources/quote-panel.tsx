import { useClaims } from '../../data/hooks';
import type { Quote, Source } from '../../data/schemas';
import { SourceCitation } from '../../data/source-list';
import { useCopy } from '../../data/text';
import { QuoteBlock } from './quote-block';
import { Fold } from '../../components/fold';
import { hasFilters } from './filters';
import { articleScore } from './summaries';
import { type ViewerState } from './viewer-state';
import { plural } from '../../data/plural';

interface QuotePanelProps {
  article: Source;
  quotes: readonly Quote[];
  hidden: boolean;
  state: ViewerState;
  onClaim: (claimId: string | null) => void;
}

/** Quotes shown before the fold: the first is the article's headline or lead, the gist of what it said. */
const FIRST = 1;

/**
 * One article's tab panel: its citation, how it fares against the record, and its quotes in article order (the
 * first in view, the rest one press away; all of them while a filter is on or the address points at one).
 */
export function QuotePanel({ article, quotes, hidden, state, onClaim }: QuotePanelProps) {
  const text = useCopy();
  const { t, locale } = text;
  const score = articleScore(useClaims(), article.id);
  const filtering = hasFilters(state);
  const listProps = { article, total: quotes.length, state, onClaim };
  return (
    <div
      role="tabpanel"
      id={`panel-${article.id}`}
      aria-labelledby={`tab-${article.id}`}
      hidden={hidden}
      className="space-y-4"
    >
      <header className="space-y-1 border-b border-line pb-3">
        <h4 className="font-semibold sm:text-lg">
          <SourceCitation source={article} />
        </h4>
        {article.language !== locale ? <p className="text-sm">{t('quoteViewer.translatedNote')}</p> : null}
        {article.originalLanguage ? (
          <p className="text-sm">
            {t('quoteViewer.originalNote', { language: t(`sourcesSection.language.${article.originalLanguage}`) })}
          </p>
        ) : null}
        <p className="text-sm text-muted">
          {t('quoteViewer.score', { accurate: score.accurate, imprecise: score.imprecise, wrong: score.wrong })}
        </p>
      </header>
      {quotes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-4">{t('quoteViewer.empty')}</p>
      ) : (
        <>
          <QuoteList quotes={quotes.slice(0, FIRST)} from={0} {...listProps} />
          {quotes.length > FIRST ? (
            <Fold
              more={plural(text, 'quoteViewer.more', quotes.length - FIRST, {
                outlet: article.outlet ?? t('common.unattributed'),
              })}
              less={t('quoteViewer.less')}
              forceOpen={filtering || quotes.slice(FIRST).some((quote) => quote.id === state.quoteId)}
            >
              <QuoteList quotes={quotes.slice(FIRST)} from={FIRST} {...listProps} />
            </Fold>
          ) : null}
        </>
      )}
    </div>
  );
}

interface QuoteListProps {
  quotes: readonly Quote[];
  /** How many quotes come before this list in the panel. */
  from: number;
  total: number;
  article: Source;
  state: ViewerState;
  onClaim: (claimId: string | null) => void;
}

function QuoteList({ quotes, from, total, article, state, onClaim }: QuoteListProps) {
  return (
    <ol start={from + 1} className="space-y-4">
      {quotes.map((quote, index) => (
        <li key={quote.id}>
          <QuoteBlock
            quote={quote}
            source={article}
            search={state.search}
            claimFilter={state.claimId}
            linked={quote.id === state.quoteId}
            place={[from + index + 1, total]}
            onClaim={onClaim}
          />
        </li>
      ))}
    </ol>
  );
}
