import { useClaims } from '../../data/hooks';
import type { Quote, Source } from '../../data/schemas';
import { SourceCitation } from '../../data/source-list';
import { useCopy } from '../../data/text';
import { QuoteBlock } from './quote-block';
import { articleScore, type ViewerState } from './utils';

interface QuotePanelProps {
  article: Source;
  quotes: readonly Quote[];
  hidden: boolean;
  state: ViewerState;
  onClaim: (claimId: string | null) => void;
}

/** One article's tab panel: its citation, how it fares against the record, and its quotes in article order. */
export function QuotePanel({ article, quotes, hidden, state, onClaim }: QuotePanelProps) {
  const { t, locale } = useCopy();
  const score = articleScore(useClaims(), article.id);
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
        <ol className="space-y-4">
          {quotes.map((quote, index) => (
            <li key={quote.id}>
              <QuoteBlock
                quote={quote}
                source={article}
                search={state.search}
                claimFilter={state.claimId}
                linked={quote.id === state.quoteId}
                place={[index + 1, quotes.length]}
                onClaim={onClaim}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
