import { mayMoveFocus } from '../../lib/host-safe';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useClaim, useQuotes, useSource, useCopy } from '../../content/section';
import { ClaimCheck } from './claim-check';
import { CellQuotes } from './highlighted';
import { outletLabel } from './citations';
import { cellQuotes } from './filters';

interface CellDetailProps {
  claimId: string;
  articleId: string;
  /** The scroll frame's width: the detail stays in view (sticky) while the table scrolls sideways. */
  width: number;
  onClose: () => void;
  onShow: (quoteId: string) => void;
}

/** What a matrix cell opens: the article's words on the claim, our note, and the record with its sources. */
export function CellDetail({ claimId, articleId, width, onClose, onShow }: CellDetailProps) {
  const text = useCopy();
  const { t, tData } = text;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mayMoveFocus()) box.current?.focus();
  }, [claimId, articleId]);
  const claim = useClaim(claimId);
  const article = useSource(articleId);
  const quotes = cellQuotes(useQuotes(), claimId, articleId);
  const first = quotes[0];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  const titleId = `detail-${claimId}-${articleId}`;
  return (
    // The group holds focus so Escape can close it; it is not itself an interactive control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={box}
      role="group"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={width > 0 ? { width } : undefined}
      className="sticky left-0 space-y-3 bg-page p-3 sm:p-4"
    >
      <h4 id={titleId} className="font-semibold">
        {t('matrix.detailTitle', { outlet: outletLabel(text, article), claim: tData(`claims.${claimId}.statement`) })}
      </h4>
      <CellQuotes quotes={quotes} source={article} />
      <ClaimCheck claim={claim} articleId={articleId} />
      <div className="flex flex-wrap gap-2">
        {first ? (
          <button
            type="button"
            onClick={() => onShow(first.id)}
            className="rounded border border-accent px-3 py-1.5 text-sm font-semibold text-accent"
          >
            {t('matrix.showInArticle')}
          </button>
        ) : null}
        <button type="button" onClick={onClose} className="rounded border border-line px-3 py-1.5 text-sm">
          {t('matrix.close')}
        </button>
      </div>
    </div>
  );
}
