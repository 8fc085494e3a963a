import { Fragment, memo, useState } from 'react';
import { useArticles, useClaims } from '../../data/hooks';
import { useCopy } from '../../data/text';
import { useElementSize } from '../../lib/use-element-size';
import { CellDetail } from './cell-detail';
import { CaseFilter } from './quote-filters';
import type { ViewerControls } from './use-viewer-state';
import { VERDICT_MARK, VERDICT_STYLE, VerdictMark } from './verdict';
import { claimSummary, inCase, outletLabel, summaryLine } from './utils';
import { Subsection } from './subsection';
import { own } from '../../lib/own';

type Open = { claimId: string; articleId: string } | null;
const VERDICTS = ['accurate', 'imprecise', 'wrong', 'absent'] as const;
const CASE_TEXT = { alexa: 'text-alexa', ring: 'text-ring', both: 'text-muted' } as const;
const CASE_KEY = { alexa: 'common.caseAlexa', ring: 'common.caseRing', both: 'common.caseBoth' } as const;

interface ClaimTableProps {
  caseId: ViewerControls['state']['caseId'];
  onCase: ViewerControls['setCase'];
  onShowQuote: ViewerControls['openQuote'];
}

/** Claims as rows, articles as columns; each marked cell opens the article's words and the record beneath its row. */
export const ClaimTable = memo(function ClaimTable({ caseId, onCase, onShowQuote }: ClaimTableProps) {
  const text = useCopy();
  const { t, tData, locale } = text;
  const articles = useArticles();
  const [open, setOpen] = useState<Open>(null);
  const [frame, size] = useElementSize<HTMLDivElement>({ width: 0, height: 0 });
  const articleIds = articles.map((article) => article.id);
  const claims = useClaims().filter((claim) => inCase(claim.case, caseId));
  const close = () => {
    if (!open) return;
    setOpen(null);
    document.getElementById(`cell-${open.claimId}-${open.articleId}`)?.focus();
  };

  return (
    <Subsection id="matrix-title" title={t('sourcesSection.matrixTitle')}>
      <p className="max-w-prose">{t('matrix.intro')}</p>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <CaseFilter value={caseId} onChange={onCase} legend={t('matrix.caseLabel')} />
        <ul aria-label={t('matrix.keyLabel')} className="flex flex-wrap gap-2 text-sm">
          {VERDICTS.map((verdict) => (
            <li key={verdict} className={`rounded px-1.5 py-0.5 ${VERDICT_STYLE[verdict]}`}>
              <VerdictMark verdict={verdict} /> {t(`verdicts.${verdict}`)}
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-muted sm:hidden">{t('matrix.scrollHint')}</p>
      {/* The table scrolls inside this region (never the page); a scrollable region must be reachable by keyboard. */}
      <div
        ref={frame}
        className="relative overflow-x-auto rounded-lg border border-line"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-labelledby="matrix-title"
      >
        <table className="w-full min-w-[34rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t('sourcesSection.matrixTitle')}</caption>
          <thead>
            <tr className="border-b-2 border-line align-bottom">
              <th scope="col" className="sticky left-0 z-10 w-40 bg-panel p-2 sm:w-auto">
                {t('sourcesSection.claimLabel')}
              </th>
              {articles.map((article) => (
                <th key={article.id} scope="col" className="w-[4.5rem] p-2 text-xs font-semibold leading-tight sm:w-28">
                  {article.outlet && article.translations?.[locale]?.outlet ? (
                    <>
                      <span lang={article.language}>{article.outlet}</span>
                      <span className="block font-normal text-muted">{outletLabel(text, article, 'reader')}</span>
                    </>
                  ) : (
                    (article.outlet ?? t('common.unattributed'))
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => {
              const isOpen = open?.claimId === claim.id;
              return (
                <Fragment key={claim.id}>
                  <tr className="border-b border-line align-top">
                    <th scope="row" className="sticky left-0 z-10 w-40 bg-panel p-2 font-normal sm:w-auto">
                      <span className={`block text-xs font-semibold uppercase tracking-wide ${CASE_TEXT[claim.case]}`}>
                        {t(CASE_KEY[claim.case])}
                      </span>
                      <span className="block font-semibold">{tData(`claims.${claim.id}.statement`)}</span>
                      <span className="block text-xs text-muted">{t(`recordStatus.${claim.record.status}`)}</span>
                      <span className="mt-1 block text-xs">{summaryLine(text, claimSummary(claim, articleIds))}</span>
                    </th>
                    {articles.map((article) => {
                      const verdict = own(claim.verdicts, article.id) ?? 'absent';
                      const selected = isOpen && open?.articleId === article.id;
                      return (
                        <td key={article.id} className={`p-1 text-center ${VERDICT_STYLE[verdict]}`}>
                          {verdict === 'absent' ? (
                            <span className="block py-1.5">
                              <span role="img" aria-label={t('verdicts.absent')}>
                                {VERDICT_MARK.absent}
                              </span>
                            </span>
                          ) : (
                            <button
                              type="button"
                              id={`cell-${claim.id}-${article.id}`}
                              aria-expanded={selected}
                              aria-label={t(`matrix.cell.${verdict}`, { outlet: outletLabel(text, article, 'reader') })}
                              onClick={() => setOpen(selected ? null : { claimId: claim.id, articleId: article.id })}
                              className={`flex min-h-11 w-full flex-col items-center justify-center rounded border-2 px-1 py-1 hover:border-current ${selected ? 'border-current' : 'border-transparent'}`}
                            >
                              <span aria-hidden="true" className="text-base font-bold">
                                {VERDICT_MARK[verdict]}
                              </span>
                              <span className="hidden text-xs sm:block">{t(`matrix.short.${verdict}`)}</span>
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                  {isOpen && open ? (
                    <tr className="border-b border-line">
                      <td colSpan={articles.length + 1} className="p-0">
                        <CellDetail
                          claimId={open.claimId}
                          articleId={open.articleId}
                          width={size.width}
                          onClose={close}
                          onShow={onShowQuote}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </Subsection>
  );
});
