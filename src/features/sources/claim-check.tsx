import type { SourcesBundle } from '../../data/model';
import type { Claim } from '../../data/schemas';
import { SourceList } from '../../data/source-list';
import { useText } from '../../data/text';
import { VERDICT_STYLE, VerdictMark } from './verdict';
import { recordSourceIds } from './utils';

/** One article against one claim: the verdict, our note where it is loose or wrong, and the record with its sources. */
export function ClaimCheck({ claim, articleId, bundle, withStatement = false }: { claim: Claim; articleId: string; bundle: SourcesBundle; withStatement?: boolean }) {
  const { t, has } = useText();
  const verdict = claim.verdicts[articleId] ?? 'absent';
  const note = `claims.${claim.id}.notes.${articleId}`;
  return (
    <div className="space-y-1 text-sm">
      {withStatement ? <p className="font-semibold">{t(`claims.${claim.id}.statement`)}</p> : null}
      <p>
        <span className={`rounded px-1.5 py-0.5 font-semibold ${VERDICT_STYLE[verdict]}`}>
          <VerdictMark verdict={verdict} /> {t(`verdicts.${verdict}`)}
        </span>
      </p>
      {has(note) ? (
        <p>
          <span className="font-semibold">{t('matrix.noteLabel')}: </span>
          {t(note)}
        </p>
      ) : null}
      <p>
        <span className="font-semibold">{t('sourcesSection.recordLabel')}</span> <span className="text-muted">({t(`recordStatus.${claim.record.status}`)})</span>: {t(`claims.${claim.id}.record`)}
      </p>
      <SourceList ids={recordSourceIds(claim.record, bundle.facts)} sources={bundle.sources} />
    </div>
  );
}
