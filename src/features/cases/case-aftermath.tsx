import { useCase } from '../../data/hooks';
import type { CaseId } from '../../data/schemas';
import { SourceList } from '../../data/source-list';
import { useCopy } from '../../data/text';
import { formatIsoDate } from '../../lib/format';

const KINDS = ['requires', 'unknown', 'for-you'] as const;

/**
 * After the settlement: what the order still requires, what is not known, and what it means for the reader,
 * each entry with its sources and the date we last checked it (cases.json `aftermath`).
 */
export function CaseAftermath({ caseId }: { caseId: CaseId }) {
  const { t, tData, locale } = useCopy();
  const entries = useCase(caseId).aftermath;
  const titleId = `${caseId}-aftermath-title`;
  return (
    <div aria-labelledby={titleId} role="group">
      <h3 id={titleId} className="mb-2 text-lg font-semibold">
        {t('caseView.aftermath.title')}
      </h3>
      <div className="grid gap-4 lg:grid-cols-3">
        {KINDS.map((kind) => {
          const list = entries.filter((entry) => entry.kind === kind);
          if (!list.length) return null;
          return (
            <div key={kind} className="rounded-lg border border-line bg-panel p-4">
              <h4 className="font-semibold">{t(`caseView.aftermath.${kind}`)}</h4>
              <ul className="mt-2 space-y-3">
                {list.map((entry) => (
                  <li key={entry.id} className="max-w-prose">
                    <p>{tData(`cases.${caseId}.aftermath.${entry.id}`)}</p>
                    <SourceList ids={entry.sourceIds} className="mt-1 text-sm text-muted" />
                    <p className="mt-1 text-xs text-muted">
                      <time dateTime={entry.checked}>
                        {t('caseView.aftermath.checked', { date: formatIsoDate(entry.checked, locale) })}
                      </time>
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
