import { useClaims, useCopy } from '../../content/section';
import type { Quote, Source } from '../../data/schemas';
import { SourceCitation } from '../../content/source-list';
import { ClaimCheck } from './claim-check';
import { CopyButtons } from './copy-buttons';
import { QuoteText } from '../../content/quote-text';
import { Highlighted } from './highlighted';
import { VERDICT_STYLE, VerdictMark } from './verdict';
import { Fold } from '../../components/fold';
import { hasFilters } from './filters';
import { articleScore, verdictOf } from './summaries';
import { ownOutlet } from './citations';
import { parenthetical } from '../../lib/format';
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
  const list = (shown: readonly Quote[], from: number) => (
    <ol start={from + 1} className="space-y-4">
      {shown.map((quote, index) => (
        <li key={quote.id}>
          <QuoteBlock
            quote={quote}
            source={article}
            state={state}
            place={[from + index + 1, quotes.length]}
            onClaim={onClaim}
          />
        </li>
      ))}
    </ol>
  );
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
        {article.language !== locale ? (
          <p className="text-sm">
            {t('quoteViewer.translatedNote', { language: t(`sourcesSection.language.${article.language}`) })}
          </p>
        ) : null}
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
          {list(quotes.slice(0, FIRST), 0)}
          {quotes.length > FIRST ? (
            <Fold
              more={plural(text, 'quoteViewer.more', quotes.length - FIRST, {
                outlet: ownOutlet(text, article).children,
              })}
              less={t('quoteViewer.less')}
              forceOpen={filtering || quotes.slice(FIRST).some((quote) => quote.id === state.quoteId)}
            >
              {list(quotes.slice(FIRST), FIRST)}
            </Fold>
          ) : null}
        </>
      )}
    </div>
  );
}

interface QuoteBlockProps {
  quote: Quote;
  source: Source;
  state: ViewerState;
  /** 1-based place among the quotes shown, and how many are shown. */
  place: [number, number];
  onClaim: (claimId: string | null) => void;
}

/** One quote in the viewer (a QuotePanel's item): the verbatim text, its claims as tags (each a filter), copy buttons, and the record where the article strays. */
function QuoteBlock({ quote, source, state, place, onClaim }: QuoteBlockProps) {
  const { t, tData, locale } = useCopy();
  const linked = quote.id === state.quoteId;
  const claims = useClaims(quote.claimIds);
  const strays = claims.filter((claim) => ['imprecise', 'wrong'].includes(verdictOf(claim, source.id)));
  return (
    <figure
      id={`quote-${quote.id}`}
      tabIndex={-1}
      aria-label={t(linked ? 'quoteViewer.placeLinked' : 'quoteViewer.place', { n: place[0], total: place[1] })}
      className={`scroll-mt-4 rounded-lg border bg-panel p-4 ${linked ? 'border-accent ring-2 ring-accent' : 'border-line'}`}
    >
      {linked ? (
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-accent">{t('quoteViewer.linked')}</p>
      ) : null}
      <QuoteText quote={quote} source={source} mark={(text) => <Highlighted text={text} search={state.search} />} />
      <figcaption className="mt-3">
        <p className="text-xs font-semibold text-muted">{t('quoteViewer.claimsLabel')}</p>
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {claims.map((claim) => {
            const verdict = verdictOf(claim, source.id);
            const active = state.claimId === claim.id;
            const statement = tData(`claims.${claim.id}.statement`);
            return (
              <li key={claim.id}>
                <button
                  type="button"
                  aria-pressed={active}
                  // The verdict is part of the name.
                  aria-label={`${statement}${parenthetical(t(`verdicts.${verdict}`), locale)}`}
                  onClick={() => onClaim(active ? null : claim.id)}
                  className={`rounded-full border px-2 py-0.5 text-left text-xs ${VERDICT_STYLE[verdict]} ${active ? 'border-ink font-semibold' : 'border-transparent'}`}
                >
                  <VerdictMark verdict={verdict} /> {statement}
                </button>
              </li>
            );
          })}
        </ul>
        <CopyButtons quote={quote} source={source} />
        {strays.length > 0 ? (
          <details className="mt-3 rounded border border-line p-2">
            <summary className="cursor-pointer text-sm font-semibold">{t('quoteViewer.compare')}</summary>
            <ul className="mt-2 space-y-3">
              {strays.map((claim) => (
                <li key={claim.id}>
                  <ClaimCheck claim={claim} articleId={source.id} withStatement />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </figcaption>
    </figure>
  );
}
