import { Fold } from '../../components/fold';
import { Label } from '../../data/label';
import { useArticles, useClaims, useFacts, useQuotes } from '../../data/hooks';
import type { DataKey } from '../../data/copy-keys';
import type { Claim, Source } from '../../data/schemas';
import { SourceList } from '../../data/source-list';
import { useCopy } from '../../data/text';
import { formatIsoDate, listJoin, PUNCTUATION } from '../../lib/format';
import { own } from '../../lib/own';
import { CellQuotes } from './quote-text';
import { cellQuotes, claimSummary, recordSourceIds, summaryLine } from './utils';
import { VERDICT_STYLE, VerdictMark } from './verdict';

const CASE_KEY = { alexa: 'common.caseAlexa', ring: 'common.caseRing', both: 'common.caseBoth' } as const;

/**
 * The single-claim embed: one claim's check across the five articles, the card a blogger quotes when writing
 * about one of the errors. The claim and the record with its sources, then each article's verdict, with its
 * words and our note one press away. An id the data does not have gets a message and the list of claims it does have.
 */
export function ClaimCard({ claimId }: { claimId: string }) {
  const claims = useClaims();
  const claim = claims.find((entry) => entry.id === claimId);
  return claim ? <Card claim={claim} /> : <UnknownClaim claimId={claimId} claims={claims} />;
}

function Card({ claim }: { claim: Claim }) {
  const text = useCopy();
  const { t, tData, locale } = text;
  const articles = useArticles();
  const facts = useFacts();
  const reported = (article: Source) => (own(claim.verdicts, article.id) ?? 'absent') !== 'absent';
  const reporting = articles.filter(reported);
  const silent = articles.filter((article) => !reported(article));
  const titleId = `claim-${claim.id}-title`;
  return (
    <article aria-labelledby={titleId} className="space-y-4">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">
          {t(CASE_KEY[claim.case])} · {t(`recordStatus.${claim.record.status}`)}
        </p>
        <h3 id={titleId} className="font-serif text-lg font-bold sm:text-2xl">
          {tData(`claims.${claim.id}.statement`)}
        </h3>
        <p className="text-sm">
          {summaryLine(
            text,
            claimSummary(
              claim,
              articles.map((article) => article.id),
            ),
          )}
        </p>
      </header>
      <div className="rounded-lg border border-line bg-panel p-3 text-sm">
        <p>
          <Label>{t('sourcesSection.recordLabel')}</Label>
          {tData(`claims.${claim.id}.record`)}
        </p>
        <SourceList ids={recordSourceIds(claim.record, facts)} className="mt-1" />
      </div>
      <ul aria-label={t('matrix.cardArticles')} className="space-y-2">
        {reporting.map((article) => (
          <ArticleVerdict key={article.id} claim={claim} article={article} />
        ))}
        {silent.length > 0 ? (
          <li className="rounded-lg border border-dashed border-line p-3 text-sm">
            <span className="font-semibold text-muted">
              <VerdictMark verdict="absent" /> {t('matrix.cardSilent')}
            </span>
            {locale === 'zh-Hans' ? '' : ' '}
            {listJoin(
              silent.map((article) => article.outlet ?? t('common.unattributed')),
              locale,
            )}
          </li>
        ) : null}
      </ul>
    </article>
  );
}

function ArticleVerdict({ claim, article }: { claim: Claim; article: Source }) {
  const text = useCopy();
  const { t, tData, has, locale } = text;
  const verdict = own(claim.verdicts, article.id) ?? 'absent';
  const quotes = cellQuotes(useQuotes(), claim.id, article.id);
  const note: DataKey = `claims.${claim.id}.notes.${article.id}`;
  const hasNote = verdict !== 'absent' && has(note);
  return (
    <li className="rounded-lg border border-line px-3 py-2">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span>
          <span className="font-semibold" lang={article.outlet ? article.language : undefined}>
            {article.outlet ?? t('common.unattributed')}
          </span>
          {article.date ? (
            <span className="text-xs text-muted">
              {' · '}
              {formatIsoDate(article.date, locale)}
            </span>
          ) : null}
        </span>
        <span className={`rounded px-1.5 py-0.5 text-sm font-semibold ${VERDICT_STYLE[verdict]}`}>
          <VerdictMark verdict={verdict} /> <span aria-hidden="true">{t(`matrix.short.${verdict}`)}</span>
          <span className="sr-only">{t(`verdicts.${verdict}`)}</span>
        </span>
      </p>
      {quotes.length > 0 || hasNote ? (
        <Fold
          compact
          className="mt-1.5"
          more={t(hasNote ? 'matrix.cardQuoteAndNote' : 'matrix.cardQuote', {
            outlet: article.outlet ?? t('common.unattributed'),
          })}
          less={t('matrix.cardQuoteLess')}
        >
          {hasNote ? (
            <p className="mb-2 text-sm">
              <Label>{t('matrix.noteLabel')}</Label>
              {tData(note)}
            </p>
          ) : null}
          <CellQuotes quotes={quotes} source={article} />
        </Fold>
      ) : null}
    </li>
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
