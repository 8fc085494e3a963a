import { Label } from '../../content/label';
import type { DataKey } from '../../data/copy-keys';
import { useFacts, useCopy } from '../../content/section';
import type { Claim } from '../../data/schemas';
import { SourceList } from '../../content/source-list';
import { verdictOf } from './summaries';
import { VERDICT_STYLE, VerdictMark } from './verdict';
import { recordSourceIds } from './citations';
import { parenthetical, PUNCTUATION } from '../../lib/format';

/** One article against one claim: the verdict, our note where it is loose or wrong, and the record with its sources. */
export function ClaimCheck({
  claim,
  articleId,
  withStatement = false,
}: {
  claim: Claim;
  articleId: string;
  withStatement?: boolean;
}) {
  const { t, tData, has, locale } = useCopy();
  const facts = useFacts();
  const verdict = verdictOf(claim, articleId);
  const note: DataKey = `claims.${claim.id}.notes.${articleId}`;
  return (
    <div className="space-y-1 text-sm">
      {withStatement ? <p className="font-semibold">{tData(`claims.${claim.id}.statement`)}</p> : null}
      <p>
        <span className={`rounded px-1.5 py-0.5 font-semibold ${VERDICT_STYLE[verdict]}`}>
          <VerdictMark verdict={verdict} /> {t(`verdicts.${verdict}`)}
        </span>
      </p>
      {has(note) ? (
        <p>
          <Label>{t('matrix.noteLabel')}</Label>
          {tData(note)}
        </p>
      ) : null}
      <p>
        <span className="font-semibold">{t('sourcesSection.recordLabel')}</span>
        <span className="text-muted">{parenthetical(t(`recordStatus.${claim.record.status}`), locale)}</span>
        {PUNCTUATION[locale].colon}
        {tData(`claims.${claim.id}.record`)}
      </p>
      <SourceList ids={recordSourceIds(claim.record, facts)} />
    </div>
  );
}
