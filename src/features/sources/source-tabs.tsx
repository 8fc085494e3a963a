import { useRef, type KeyboardEvent } from 'react';
import { readerNames } from '../../data/source-names';
import type { Source } from '../../data/schemas';
import { useCopy } from '../../content/section';
import { formatIsoDate, parenthetical } from '../../lib/format';
import { plural } from '../../data/plural';
import { ownOutlet } from './citations';

export interface TabCount {
  shown: number;
  total: number;
}

interface SourceTabsProps {
  articles: readonly Source[];
  selectedId: string;
  counts: ReadonlyMap<string, TabCount>;
  filtering: boolean;
  onSelect: (id: string) => void;
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The five articles as a WAI-ARIA tab list: roving tabindex, arrow keys, Home and End, automatic activation. On a
 * narrow screen the tabs sit in one row that scrolls sideways (the chosen one scrolls into view as it takes focus).
 */
export function SourceTabs({ articles, selectedId, counts, filtering, onSelect }: SourceTabsProps) {
  const text = useCopy();
  const { t, locale } = text;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = STEP[event.key];
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? articles.length - 1
          : step === undefined
            ? undefined
            : (index + step + articles.length) % articles.length;
    const target = next === undefined ? undefined : articles[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    buttons.current.get(target.id)?.focus();
  };
  return (
    <div
      role="tablist"
      data-param="source"
      aria-label={t('quoteViewer.tabsLabel')}
      className="flex gap-2 overflow-x-auto pb-1 sm:grid sm:grid-cols-2 sm:overflow-visible sm:pb-0 lg:grid-cols-5"
    >
      {articles.map((article, index) => {
        const selected = article.id === selectedId;
        const count = counts.get(article.id) ?? { shown: 0, total: 0 };
        return (
          <button
            key={article.id}
            ref={(element) => {
              if (element) buttons.current.set(article.id, element);
              else buttons.current.delete(article.id);
            }}
            type="button"
            role="tab"
            data-value={article.id}
            id={`tab-${article.id}`}
            aria-selected={selected}
            aria-controls={`panel-${article.id}`}
            aria-describedby={`tab-meta-${article.id}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(article.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className="flex w-56 shrink-0 flex-col items-start gap-0.5 rounded-lg sm:w-auto border-2 border-line bg-page px-3 py-2 text-left hover:border-muted aria-selected:border-accent aria-selected:border-b-[6px] aria-selected:bg-panel aria-selected:shadow-sm"
          >
            <span className="font-semibold leading-snug">
              <OutletNames source={article} oursClass="block text-sm font-normal" />
            </span>
            {/* Read once as the tab's description rather than as part of its name. */}
            <span id={`tab-meta-${article.id}`} aria-hidden="true" className="text-xs text-muted">
              <span className="block">
                {article.date ? `${formatIsoDate(article.date, locale)} · ` : null}
                {t(`sourcesSection.language.${article.language}`)}
                {article.originalLanguage
                  ? parenthetical(
                      t('quoteViewer.fromLanguage', {
                        language: t(`sourcesSection.language.${article.originalLanguage}`),
                      }),
                      locale,
                    )
                  : ''}
              </span>
              {article.outletKind ? (
                <span className="block">{t(`sourcesSection.outletKinds.${article.outletKind}`)}</span>
              ) : null}
              <span className="mt-1 block font-semibold text-ink">
                {filtering
                  ? plural(text, 'quoteViewer.tabMatches', count.shown, { total: count.total })
                  : plural(text, 'quoteViewer.tabQuotes', count.total)}
              </span>
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** The outlet's own name, then ours (in `oursClass`) where we translate it: the viewer's tabs, the matrix's columns. */
export function OutletNames({ source, oursClass }: { source: Source; oursClass: string }) {
  const text = useCopy();
  const { outlet, original } = readerNames(source, text.locale);
  return (
    <>
      <span {...ownOutlet(text, source)} />
      {original ? <span className={oursClass}>{outlet}</span> : null}
    </>
  );
}
