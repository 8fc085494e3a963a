import { Fragment, memo, useState } from 'react';
import { Fold } from '../../components/fold';
import { useArticles, useClaims, useCopy } from '../../content/section';
import type { Claim, Source } from '../../data/schemas';
import { useElementSize } from '../../lib/use-element-size';
import { CellDetail } from './cell-detail';
import { CaseFilter } from './quote-filters';
import { Subsection } from './subsection';
import { OutletNames } from './source-tabs';
import type { ViewerControls } from './use-viewer-state';
import { outletLabel, ownOutlet } from './citations';
import { CASE_KEY } from '../../data/copy-keys';
import { inCase } from './filters';
import { claimSummary, splitByErrors, summaryLine, verdictOf } from './summaries';
import { plural } from '../../data/plural';
import { VERDICT_MARK, VERDICT_STYLE, VerdictMark } from './verdict';

type Open = { claimId: string; articleId: string } | null;
const VERDICTS = ['accurate', 'imprecise', 'wrong', 'absent'] as const;
const CASE_TEXT = { alexa: 'text-alexa', ring: 'text-ring', both: 'text-muted' } as const;

interface ClaimTableProps {
  caseId: ViewerControls['state']['caseId'];
  onCase: ViewerControls['setCase'];
  onShowQuote: ViewerControls['openQuote'];
}

/**
 * Claims as rows, articles as columns; each marked cell opens the article's words and the record beneath its row.
 * The claims some article gets loose or wrong come first; those every article gets right are one press away. On a
 * narrow screen the same table reads as a list: each claim, then a chip per article that mentions it.
 */
export const ClaimTable = memo(function ClaimTable({ caseId, onCase, onShowQuote }: ClaimTableProps) {
  const text = useCopy();
  const { t } = text;
  const articles = useArticles();
  const [open, setOpen] = useState<Open>(null);
  const claims = useClaims().filter((claim) => inCase(claim.case, caseId));
  const ids = articles.map((article) => article.id);
  const [strays, inLine] = splitByErrors(claims, ids);
  const close = () => {
    if (!open) return;
    setOpen(null);
    document.getElementById(`cell-${open.claimId}-${open.articleId}`)?.focus();
  };
  const grid = { articles, open, onOpen: setOpen, onClose: close, onShowQuote };

  return (
    <Subsection id="matrix-title" title={t('sourcesSection.matrixTitle')}>
      <p className="max-w-prose">{t('matrix.intro')}</p>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <CaseFilter value={caseId} onChange={onCase} legend={t('matrix.caseLabel')} />
        <ul aria-label={t('matrix.keyLabel')} className="flex flex-wrap gap-1.5 text-xs sm:gap-2 sm:text-sm">
          {VERDICTS.map((verdict) => (
            <li key={verdict} className={`rounded px-1.5 py-0.5 ${VERDICT_STYLE[verdict]}`}>
              <VerdictMark verdict={verdict} /> <span className="sm:hidden">{t(`matrix.short.${verdict}`)}</span>
              <span className="hidden sm:inline">{t(`verdicts.${verdict}`)}</span>
            </li>
          ))}
        </ul>
      </div>
      {strays.length > 0 ? (
        <ClaimGrid claims={strays} label={plural(text, 'matrix.strays', strays.length)} {...grid} />
      ) : null}
      {inLine.length > 0 ? (
        <Fold
          more={plural(text, 'matrix.inLineMore', inLine.length)}
          less={t('matrix.inLineLess')}
          forceOpen={open !== null && inLine.some((claim) => claim.id === open.claimId)}
        >
          <ClaimGrid claims={inLine} label={plural(text, 'matrix.inLine', inLine.length)} {...grid} />
        </Fold>
      ) : null}
    </Subsection>
  );
});

interface ClaimGridProps {
  claims: readonly Claim[];
  /** The table's caption, and the name of its scroll region. */
  label: string;
  articles: readonly Source[];
  open: Open;
  onOpen: (open: Open) => void;
  onClose: () => void;
  onShowQuote: ViewerControls['openQuote'];
}

// Below `sm` the rows are blocks and the cells chips, so the table's roles are spelt out: a table whose display
// changes keeps them.
function ClaimGrid({ claims, label, articles, open, onOpen, onClose, onShowQuote }: ClaimGridProps) {
  const text = useCopy();
  const { t, tData } = text;
  const [frame, size] = useElementSize<HTMLDivElement>({ width: 0, height: 0 });
  const articleIds = articles.map((article) => article.id);
  return (
    <div className="space-y-2">
      <h4 className="font-semibold">{label}</h4>
      {/* The table may scroll inside this region (never the page); a scrollable region must be reachable by keyboard. */}
      <div
        ref={frame}
        className="relative overflow-x-auto sm:rounded-lg sm:border sm:border-line"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <table role="table" className="block w-full border-collapse text-left text-sm sm:table sm:min-w-[34rem]">
          <caption className="sr-only">{label}</caption>
          {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- explicit: its display changes below sm */}
          <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
            <tr role="row" className="border-b-2 border-line align-bottom">
              <th
                role="columnheader"
                scope="col"
                className="sticky left-0 z-10 w-40 bg-panel p-2 sm:w-auto sm:min-w-44"
              >
                {t('sourcesSection.claimLabel')}
              </th>
              {articles.map((article) => (
                <th
                  key={article.id}
                  role="columnheader"
                  scope="col"
                  className="w-[4.5rem] p-2 text-xs font-semibold leading-tight sm:w-auto lg:w-28"
                >
                  <OutletNames source={article} oursClass="block font-normal text-muted" />
                </th>
              ))}
            </tr>
          </thead>
          {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- explicit: its display changes below sm */}
          <tbody role="rowgroup" className="block space-y-1.5 sm:table-row-group sm:space-y-0">
            {claims.map((claim) => {
              const isOpen = open?.claimId === claim.id;
              return (
                <Fragment key={claim.id}>
                  <tr
                    role="row"
                    className="flex flex-wrap gap-1 rounded-lg border border-line bg-panel px-2 py-1 align-top sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:bg-transparent sm:p-0"
                  >
                    <th
                      role="rowheader"
                      scope="row"
                      className="block basis-full font-normal sm:sticky sm:left-0 sm:z-10 sm:table-cell sm:w-auto sm:bg-panel sm:p-2"
                    >
                      <span className={`text-xs font-semibold uppercase tracking-wide ${CASE_TEXT[claim.case]}`}>
                        {t(CASE_KEY[claim.case])}
                      </span>
                      <span className="text-xs text-muted sm:block">
                        <span aria-hidden="true" className="sm:hidden">
                          {' · '}
                        </span>
                        {t(`recordStatus.${claim.record.status}`)}
                      </span>
                      <span className="block font-semibold">{tData(`claims.${claim.id}.statement`)}</span>
                      {/* Said by the chips below on a narrow screen. */}
                      <span className="mt-1 hidden text-xs sm:block">
                        {summaryLine(text, claimSummary(claim, articleIds))}
                      </span>
                    </th>
                    {articles.map((article) => {
                      const verdict = verdictOf(claim, article.id);
                      const selected = isOpen && open?.articleId === article.id;
                      return (
                        <td
                          key={article.id}
                          // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- a cell, kept one below sm
                          role="cell"
                          className={`p-0 text-center sm:table-cell sm:p-1 ${verdict === 'absent' ? 'hidden' : 'block rounded'} ${VERDICT_STYLE[verdict]}`}
                        >
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
                              // Its mark and words are the table's content: printed as text (index.css).
                              data-print="text"
                              // The outlet's own name comes first: the chip shows it (the label holds what is seen).
                              aria-label={t(`matrix.cell.${verdict}`, { outlet: outletLabel(text, article) })}
                              onClick={() => onOpen(selected ? null : { claimId: claim.id, articleId: article.id })}
                              className={`flex min-h-9 w-full items-center justify-center gap-1 rounded border-2 px-2 py-1 sm:min-h-11 hover:border-current sm:flex-col sm:gap-0 sm:px-1 ${selected ? 'border-current' : 'border-transparent'}`}
                            >
                              <span aria-hidden="true" className="text-base font-bold">
                                {VERDICT_MARK[verdict]}
                              </span>
                              {/* The outlet's own name, short enough for a chip (the button's name says it in full). */}
                              <span
                                aria-hidden="true"
                                {...ownOutlet(text, article)}
                                className="text-xs font-semibold sm:hidden"
                              />
                              <span className="hidden text-xs sm:block">{t(`matrix.short.${verdict}`)}</span>
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                  {isOpen && open ? (
                    <tr role="row" className="block sm:table-row sm:border-b sm:border-line">
                      {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- as above */}
                      <td role="cell" colSpan={articles.length + 1} className="block p-0 sm:table-cell">
                        <CellDetail
                          claimId={open.claimId}
                          articleId={open.articleId}
                          width={size.width}
                          onClose={onClose}
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
    </div>
  );
}
