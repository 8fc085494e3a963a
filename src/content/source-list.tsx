import { formatIsoDate, parenthetical, PUNCTUATION } from '../lib/format';
import { NEW_TAB_HINT_ID } from '../components/new-tab-hint';
import type { Locale } from '../lib/locales';
import type { Source } from '../data/schemas';
import { readerNames } from '../data/source-names';
import { useCopy, useSectionData } from './section';

/**
 * A work's title as the edition sets it: in book title marks in Chinese (《…》), in italics in English (the
 * stylesheet sets `cite`), with its own language when it is not the edition's.
 */
export function CitedTitle({ children, locale, lang }: { children: string; locale: Locale; lang?: string }) {
  const [open, close] = PUNCTUATION[locale].title;
  return (
    <>
      {open}
      <cite lang={lang === locale ? undefined : lang}>{children}</cite>
      {close}
    </>
  );
}

/**
 * One citation: outlet, title, author, date; a link when the record has an address we may give. A source with
 * no address shows its name only, an undated one no date: what the record lacks is not a note to the reader.
 */
export function SourceCitation({ source }: { source: Source }) {
  const { t, locale } = useCopy();
  const p = PUNCTUATION[locale];
  const names = readerNames(source, locale);
  const date = source.date ? formatIsoDate(source.date, locale) : null;
  const label = (
    <>
      {names.original ? (
        // The name as a reader of this edition knows it, then the outlet's own: 彭博社（Bloomberg）.
        <>
          {names.outlet}
          <span className="text-muted">
            {p.open}
            <span lang={source.language}>{names.original}</span>
            {p.close}
          </span>
        </>
      ) : (
        <span lang={names.lang}>{names.outlet ?? t('common.unattributed')}</span>
      )}
      {source.title ? (
        <>
          {p.comma}
          <CitedTitle locale={locale} lang={source.language}>
            {source.title}
          </CitedTitle>
        </>
      ) : null}
    </>
  );
  return (
    <span>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" aria-describedby={NEW_TAB_HINT_ID}>
          {label}
          {/* Screen readers hear "opens in a new tab" as the link's description: one hidden node per page. */}
          <span aria-hidden="true" className="ml-0.5 inline-block text-[0.8em]">
            ↗
          </span>
        </a>
      ) : (
        label
      )}
      {names.originalTitle ? <span className="text-muted">{parenthetical(names.title ?? '', locale)}</span> : null}
      {source.author ? <span>{`${p.byline}${t('common.by', { author: source.author })}`}</span> : null}
      {date ? <span className="text-muted">{`${p.comma}${date}`}</span> : null}
      {source.originalLanguage ? <span className="text-muted">{`${p.stop}${t('common.translationOf')}`}</span> : null}
      {source.readVia ? (
        // A filing or release we read only in a copy, or know from reports of it: the method note's distinction.
        <span className="text-muted">
          {parenthetical(t(source.readVia === 'copy' ? 'common.readViaCopy' : 'common.readViaReports'), locale)}
        </span>
      ) : null}
    </span>
  );
}

/** "Sources: …" for these ids, in this order. */
export function SourceList({ ids, className = '' }: { ids: readonly string[]; className?: string }) {
  const { t, locale } = useCopy();
  const p = PUNCTUATION[locale];
  const known = useSectionData().sources;
  const list = ids.flatMap((id) => known.get(id) ?? []);
  if (list.length === 0) return null;
  return (
    <div className={`text-sm ${className}`}>
      <span className="font-semibold text-muted">
        {`${list.length === 1 ? t('common.source') : t('common.sources')}${p.colon}`}
      </span>
      <ul className="inline">
        {list.map((source, index) => (
          <li key={source.id} className="inline">
            {index > 0 ? p.list : null}
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Sources as a plain list, one full citation per line (the footer's list, the reference lists). */
export function CitationList({
  sources,
  className = 'mt-1 space-y-1 text-sm',
}: {
  sources: readonly Source[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {sources.map((source) => (
        <li key={source.id}>
          <SourceCitation source={source} />
        </li>
      ))}
    </ul>
  );
}
