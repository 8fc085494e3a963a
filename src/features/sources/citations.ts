/** Sources grouped by kind, a quote's link and citation, an outlet's name, a record's sources. No React; unit-tested. */
import { quoteTranslation } from '../../content/quote-text';
import { formatIsoDate, PUNCTUATION } from '../../lib/format';
import type { CopyApi } from '../../data/text';
import { type Texts } from '../../data/plural';
import type { Quote, Source } from '../../data/schemas';
import { readerNames } from '../../data/source-names';

export const PRIMARY_KINDS = ['government', 'court', 'company', 'news', 'law-firm', 'reference'] as const;

export function groupByKind(sources: readonly Source[]): Array<[kind: Source['kind'], sources: Source[]]> {
  return PRIMARY_KINDS.flatMap((kind) => {
    const list = sources.filter((source) => source.kind === kind);
    return list.length > 0 ? [[kind, list] as [Source['kind'], Source[]]] : [];
  });
}

/** The explainer page (not the embed) opened at one quote: `…/?source=a&quote=b#sources`. */
export function quoteLink(pageHref: string, sourceId: string, quoteId: string): string {
  const url = new URL('./', pageHref);
  url.searchParams.set('source', sourceId);
  url.searchParams.set('quote', quoteId);
  url.hash = 'sources';
  return url.href;
}

/** “quote” — outlet, title, author, date. [Translation.] Quoted in <link>. */
export function citationText(text: Texts, quote: Quote, source: Source, link: string): string {
  const { title, originalTitle } = readerNames(source, text.locale);
  const { comma, title: marks } = PUNCTUATION[text.locale];
  const marked = title && `${marks[0]}${title}${marks[1]}`;
  const fields = [
    outletLabel(text, source),
    marked && originalTitle ? withOriginal(text, marked, originalTitle) : marked,
    source.author ?? '',
    source.date ? formatIsoDate(source.date, text.locale) : '',
    source.originalLanguage ? text.t('common.translationOf') : '',
  ].filter(Boolean);
  const translation = quoteTranslation(quote, source, text.locale);
  return [
    // A title that ends its own sentence ("…voice assistant.") is not stopped twice.
    text.t('quoteViewer.citation.main', { text: quote.text, source: fields.join(comma).replace(/[.。]$/, '') }),
    translation ? text.t('quoteViewer.citation.translation', { text: translation }) : '',
    text.t('quoteViewer.citation.quoted', { url: link }),
  ]
    .filter(Boolean)
    .join('\n');
}

/** A name in its own words with our translation in brackets: `跨境导航网 [Kuajing Daohang …]`. */
const withOriginal = (text: Pick<CopyApi, 't'>, translation: string, original: string) =>
  text.t('quoteViewer.citation.translated', { original, translation });

/** The outlet's name, with our translation in brackets. */
export function outletLabel(text: Pick<CopyApi, 't' | 'locale'>, source: Source): string {
  const { outlet, original } = readerNames(source, text.locale);
  if (!outlet) return text.t('common.unattributed');
  return original ? withOriginal(text, outlet, original) : outlet;
}

/**
 * The outlet as it names itself (not our translation), as props for the element that shows it: its words, and its
 * language where that is not the edition's (the same rule as readerNames).
 */
export function ownOutlet(text: Pick<CopyApi, 't' | 'locale'>, source: Source): { lang?: string; children: string } {
  const { outlet, original, lang } = readerNames(source, text.locale);
  return { lang: original ? source.language : lang, children: original ?? outlet ?? text.t('common.unattributed') };
}

/** The sources behind a claim's record: its own, then those of the facts it cites (no repeats). */
export function recordSourceIds(
  record: { sourceIds: readonly string[]; factIds: readonly string[] },
  facts: ReadonlyMap<string, { sourceIds: readonly string[] }>,
): string[] {
  return [...new Set([...record.sourceIds, ...record.factIds.flatMap((id) => facts.get(id)?.sourceIds ?? [])])];
}
