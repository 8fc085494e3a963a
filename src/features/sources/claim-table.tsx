import type { SourcesBundle } from '../../data/model';
import { useText } from '../../data/text';
import { claimSummary } from './utils';

const VERDICT_STYLE = {
  accurate: 'bg-good-soft text-good',
  imprecise: 'bg-warn-soft text-warn',
  wrong: 'bg-bad-soft text-bad',
  absent: 'text-muted',
} as const;
const VERDICT_MARK = { accurate: '✓', imprecise: '≈', wrong: '✗', absent: '–' } as const;

/** Claims as rows, articles as columns: what each article says about each claim, against the record. */
export function ClaimTable({ bundle }: { bundle: SourcesBundle }) {
  const { t } = useText();
  return (
    <section aria-labelledby="matrix-title" className="space-y-2">
      <h3 id="matrix-title" className="text-lg font-semibold">{t('sourcesSection.matrixTitle')}</h3>
      {/* A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="matrix-title">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t('sourcesSection.matrixTitle')}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">{t('sourcesSection.claimLabel')}</th>
              {bundle.articles.map((article) => (
                <th key={article.id} scope="col" className="px-1 py-1">
                  {article.outlet ?? t('common.unattributed')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bundle.claims.map((claim) => {
              const summary = claimSummary(claim, bundle.articles.map((a) => a.id));
              return (
                <tr key={claim.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="font-semibold">{t(`claims.${claim.id}.statement`)}</span>
                    <span className="block text-muted">{t(`recordStatus.${claim.record.status}`)}</span>
                    <span className="block text-muted">
                      {t('matrix.summaryReported', { reported: summary.reported, total: summary.total })}
                      {summary.wrong > 0 ? `; ${t('matrix.summaryWrong', { wrong: summary.wrong })}` : ''}
                    </span>
                  </th>
                  {bundle.articles.map((article) => {
                    const verdict = claim.verdicts[article.id] ?? 'absent';
                    return (
                      <td key={article.id} className={`px-1 py-2 text-center ${VERDICT_STYLE[verdict]}`}>
                        <span aria-hidden="true">{VERDICT_MARK[verdict]}</span>
                        <span className="sr-only">{t(`verdicts.${verdict}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
