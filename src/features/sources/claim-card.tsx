import { Fragment } from 'react';
import { Fold } from '../../components/fold';
import { Label } from '../../content/label';
import { useArticles, useClaims, useFacts, useQuotes, useCopy } from '../../content/section';
import type { DataKey } from '../../data/copy-keys';
import type { Claim, Source } from '../../data/schemas';
import { SourceList } from '../../content/source-list';
import { formatIsoDate, PUNCTUATION } from '../../lib/format';
import { CellQuotes } from './highlighted';
import { ownOutlet, recordSourceIds } from './citations';
import { CASE_KEY } from '../../data/copy-keys';
import { cellQuotes } from './filters';
import { verdictOf } from './summaries';
import { STATUS_BADGE, VERDICT_STYLE, VerdictMark } from './verdict';

/**
 * The single-claim embed: one claim's check across the five articles, the card a blogger quotes when writing
 * about one of the errors. It leads with the record (the fact, first and largest), then names the claim once,
 * clearly as the claim, with its verdict in words beside it, then which articles reported it and how; the
 * record's sources and each article's words with our note are one press away (Debunking Handbook: fact first,
 * the myth once with a warning, then why). An id the data does not have gets a message and the list of claims
 * it does have.
 */
export function ClaimCard({ claimId }: { claimId: string }) {
  const claims = useClaims();
  const claim = claims.find((entry) => entry.id === claimId);
  return claim ? <Card claim={claim} /> : <UnknownClaim claimId={claimId} claims={claims} />;
}

function Card({ claim }: { claim: Claim }) {
  const { t, tData, locale } = useCopy();
  const articles = useArticles();
  const facts = useFacts();
  const reported = (article: Source) => verdictOf(claim, article.id) !== 'absent';
  const reporting = articles.filter(reported);
  const silent = articles.filter((article) => !reported(article));
  const titleId = `claim-${claim.id}-title`;
  const status = STATUS_BADGE[claim.record.status];
  const sourceIds = recordSourceIds(claim.record, facts);
  return (
    <article aria-labelledby={titleId} className="space-y-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        {t('matrix.cardKicker')} · {t(CASE_KEY[claim.case])}
      </p>
      <h3 id={titleId} className="font-serif text-lg font-bold leading-snug sm:text-2xl">
        <span className="sr-only">{t('sourcesSection.recordLabel')}</span>
        {tData(`claims.${claim.id}.record`)}
      </h3>
      <div className="rounded-lg border border-line bg-panel p-3 text-sm">
        <p>
          <span className={`mr-1.5 inline-block rounded px-1.5 font-semibold ${VERDICT_STYLE[status.tone]}`}>
            <span aria-hidden="true">{status.mark} </span>
            {t(`recordStatus.${claim.record.status}`)}
          </span>
        </p>
        <p className="mt-1.5">
          <Label>{t('matrix.cardClaimLabel')}</Label>
          <q>{tData(`claims.${claim.id}.statement`)}</q>
        </p>
      </div>
      <ul aria-label={t('matrix.cardArticles')} className="space-y-1 text-sm">
        {reporting.map((article) => (
          <ArticleVerdict key={article.id} claim={claim} article={article} />
        ))}
        {silent.length > 0 ? (
          <li className="text-muted">
            <VerdictMark verdict="absent" /> {t('matrix.cardSilent')}
            {PUNCTUATION[locale].space}
            {silent.map((article, index) => (
              // Each name in its own language, for screen readers (跨境导航网 in the English card).
              <Fragment key={article.id}>
                {index > 0 ? PUNCTUATION[locale].list : null}
                <span {...ownOutlet({ t, locale }, article)} />
              </Fragment>
            ))}
          </li>
        ) : null}
      </ul>
      <Fold compact more={t('matrix.cardDetails')} less={t('matrix.cardQuoteLess')}>
        <div className="mt-2 space-y-3 text-sm">
          <div>
            <p className="font-semibold">{t('matrix.cardRecordSources')}</p>
            <SourceList ids={sourceIds} className="mt-1" />
          </div>
          {reporting.map((article) => (
            <ArticleWords key={article.id} claim={claim} article={article} />
          ))}
        </div>
      </Fold>
    </article>
  );
}

/** One reporting article on one line: its name and date, and its verdict on the claim, in words. */
function ArticleVerdict({ claim, article }: { claim: Claim; article: Source }) {
  const { t, locale } = useCopy();
  const verdict = verdictOf(claim, article.id);
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-3">
      <span>
        <span className="font-semibold" {...ownOutlet({ t, locale }, article)} />
        {article.date ? (
          <span className="text-xs text-muted">
            {' · '}
            {formatIsoDate(article.date, locale)}
          </span>
        ) : null}
      </span>
      <span className={`rounded px-1.5 font-semibold ${VERDICT_STYLE[verdict]}`}>
        <VerdictMark verdict={verdict} /> <span aria-hidden="true">{t(`matrix.short.${verdict}`)}</span>
        <span className="sr-only">{t(`verdicts.${verdict}`)}</span>
      </span>
    </li>
  );
}

/** What one article said about the claim, in its words, and our note on it. */
function ArticleWords({ claim, article }: { claim: Claim; article: Source }) {
  const { t, tData, has, locale } = useCopy();
  const quotes = cellQuotes(useQuotes(), claim.id, article.id);
  const note: DataKey = `claims.${claim.id}.notes.${article.id}`;
  const hasNote = has(note);
  if (!quotes.length && !hasNote) return null;
  return (
    <div className="border-l-4 border-line pl-3">
      <p className="font-semibold" {...ownOutlet({ t, locale }, article)} />
      <CellQuotes quotes={quotes} source={article} />
      {hasNote ? (
        <p className="mt-1">
          <Label>{t('matrix.noteLabel')}</Label>
          {tData(note)}
        </p>
      ) : null}
    </div>
  );
}

function UnknownClaim({ claimId, claims }: { claimId: string; claims: readonly Claim[] }) {
  const { t, tData, locale } = useCopy();
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-bad p-4">
      <p className="font-semibold">{t('matrix.cardUnknown', { claim: claimId })}</p>
      <p>{t('matrix.cardKnown')}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {claims.map((claim) => (
          <li key={claim.id}>
            <code>{claim.id}</code>
            {PUNCTUATION[locale].colon}
            {tData(`claims.${claim.id}.statement`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
