import { useClaims } from '../../data/hooks';
import type { Quote, Source } from '../../data/schemas';
import { useCopy } from '../../data/text';
import { ClaimCheck } from './claim-check';
import { CopyButtons } from './copy-buttons';
import { QuoteText } from './quote-text';
import { VERDICT_STYLE, VerdictMark } from './verdict';
import { own } from '../../lib/own';

interface QuoteBlockProps {
  quote: Quote;
  source: Source;
  search: string;
  claimFilter: string | null;
  linked: boolean;
  /** 1-based place among the quotes shown, and how many are shown. */
  place: [number, number];
  onClaim: (claimId: string | null) => void;
}

/** One quote in the viewer: the verbatim text, its claims as tags (each a filter), copy buttons, and the record where the article strays. */
export function QuoteBlock({ quote, source, search, claimFilter, linked, place, onClaim }: QuoteBlockProps) {
  const { t, tData } = useCopy();
  const claims = useClaims(quote.claimIds);
  const strays = claims.filter(
    (claim) => claim.verdicts[source.id] === 'imprecise' || claim.verdicts[source.id] === 'wrong',
  );
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
      <QuoteText quote={quote} source={source} search={search} />
      <figcaption className="mt-3">
        <p className="text-xs font-semibold text-muted">{t('quoteViewer.claimsLabel')}</p>
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {claims.map((claim) => {
            const verdict = own(claim.verdicts, source.id) ?? 'absent';
            const active = claimFilter === claim.id;
            const statement = tData(`claims.${claim.id}.statement`);
            return (
              <li key={claim.id}>
                <button
                  type="button"
                  aria-pressed={active}
                  // The verdict is part of the name.
                  aria-label={`${statement} (${t(`verdicts.${verdict}`)})`}
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
