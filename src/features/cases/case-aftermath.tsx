import { Fold } from '../../components/fold';
import { useCase, useCopy } from '../../content/section';
import { plural } from '../../data/plural';
import type { AftermathEntry, CaseId } from '../../data/schemas';
import { NoteMarkers } from '../../content/source-notes';
import { formatIsoDate } from '../../lib/format';
import { AFTERMATH_KINDS } from './case-notes';

/** Entries of each kind in view before the fold: the first two obligations, the first of the others. */
const FIRST: Record<(typeof AFTERMATH_KINDS)[number], number> = { requires: 2, unknown: 1, since: 1, 'for-you': 1 };

/**
 * After the settlement: what the order still requires, what is not known, what has changed since (a later rule),
 * and what it means for the reader, each entry with its sources and the date we last checked it (cases.json
 * `aftermath`). The first entries of each kind are in view; the rest are one press away.
 */
export function CaseAftermath({ caseId }: { caseId: CaseId }) {
  const text = useCopy();
  const { t } = text;
  const entries = useCase(caseId).aftermath;
  const titleId = `${caseId}-aftermath-title`;
  return (
    <div aria-labelledby={titleId} role="group">
      <h3 id={titleId} className="mb-2 text-lg font-semibold">
        {t('caseView.aftermath.title')}
      </h3>
      <div className="grid gap-4 lg:grid-cols-3">
        {AFTERMATH_KINDS.map((kind) => {
          const list = entries.filter((entry) => entry.kind === kind);
          if (!list.length) return null;
          return (
            <div key={kind} className="rounded-lg border border-line bg-panel p-4">
              <h4 className="font-semibold">{t(`caseView.aftermath.${kind}`)}</h4>
              <EntryList caseId={caseId} entries={list.slice(0, FIRST[kind])} />
              {list.length > FIRST[kind] ? (
                <Fold
                  className="mt-3"
                  more={plural(text, 'caseView.aftermath.more', list.length - FIRST[kind])}
                  less={t('caseView.aftermath.less')}
                >
                  <EntryList caseId={caseId} entries={list.slice(FIRST[kind])} />
                </Fold>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function EntryList({ caseId, entries }: { caseId: CaseId; entries: readonly AftermathEntry[] }) {
  const { t, richData, locale } = useCopy();
  return (
    <ul className="mt-2 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="max-w-prose">
          <p>
            {richData(`cases.${caseId}.aftermath.${entry.id}`)}
            <NoteMarkers ids={entry.sourceIds} />
          </p>
          <p className="mt-1 text-xs text-muted">
            <time dateTime={entry.checked}>
              {t('caseView.aftermath.checked', { date: formatIsoDate(entry.checked, locale) })}
            </time>
          </p>
        </li>
      ))}
    </ul>
  );
}
