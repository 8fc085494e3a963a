/**
 * Pure logic for the quote viewer and the claim matrix: URL state parsing, filtering, the claim summaries,
 * citations and links (the search itself is in search.ts). No React; unit-tested in sources-utils.test.ts.
 */
import { quoteTranslation } from '../../content/quote-text';
import { formatIsoDate } from '../../lib/format';
import type { CopyApi } from '../../data/text';
import { plural, pluralPath, type Texts } from '../../data/plural';
import type { CaseId, Claim, Quote, Source, Verdict } from '../../data/schemas';
import { findMatches } from './search';
import { listJoin } from '../../lib/format';
import { own } from '../../lib/own';

// ---------- URL state ----------
export const VIEWER_PARAMS = ['source', 'quote', 'claim', 'case', 'q'] as const;
export type ViewerParam = (typeof VIEWER_PARAMS)[number];
export type RawViewerState = Record<ViewerParam, string | null>;

export interface ViewerState {
  /** The article whose quotes are shown: always one of the articles. */
  sourceId: string;
  /** The linked quote (it belongs to `sourceId`), or null. */
  quoteId: string | null;
  claimId: string | null;
  caseId: CaseId | null;
  /** Normalised search text ('' for none). */
  search: string;
}

export interface ViewerIndex {
  articleIds: readonly string[];
  /** quote id → its article id */
  quoteSource: ReadonlyMap<string, string>;
  claimIds: ReadonlySet<string>;
}

export const MAX_SEARCH_LENGTH = 100;

export function parseCase(raw: string | null): CaseId | null {
  return raw === 'alexa' || raw === 'ring' ? raw : null;
}

/** Trim, collapse whitespace, drop control characters, cap the length. */
export function parseSearch(raw: string | null): string {
  if (!raw) return '';
  return raw
    .slice(0, MAX_SEARCH_LENGTH)
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

/** Unknown or hostile values fall back silently: first article, no quote, no filters. A quote picks its own article. */
export function parseViewerState(raw: RawViewerState, index: ViewerIndex): ViewerState {
  const quoteSource = raw.quote === null ? undefined : index.quoteSource.get(raw.quote);
  const sourceId =
    quoteSource ??
    (raw.source !== null && index.articleIds.includes(raw.source) ? raw.source : (index.articleIds[0] ?? ''));
  return {
    sourceId,
    quoteId: quoteSource ? raw.quote : null,
    claimId: raw.claim !== null && index.claimIds.has(raw.claim) ? raw.claim : null,
    caseId: parseCase(raw.case),
    search: parseSearch(raw.q),
  };
}

// ---------- filtering ----------
export type Filters = Pick<ViewerState, 'claimId' | 'caseId' | 'search'>;

export function hasFilters(filters: Filters): boolean {
  return filters.claimId !== null || filters.caseId !== null || filters.search !== '';
}

export function inCase(scope: Quote['case'] | Claim['case'], caseId: CaseId | null): boolean {
  return caseId === null || scope === caseId || scope === 'both';
}

export function quoteMatches(quote: Quote, filters: Filters, translation?: string): boolean {
  if (!inCase(quote.case, filters.caseId)) return false;
  if (filters.claimId !== null && !quote.claimIds.includes(filters.claimId)) return false;
  if (!filters.search) return true;
  return (
    findMatches(quote.text, filters.search).length > 0 ||
    (translation !== undefined && findMatches(translation, filters.search).length > 0)
  );
}

/** The quotes of one article tied to one claim: what a matrix cell opens. */
export function cellQuotes(quotes: readonly Quote[], claimId: string, articleId: string): Quote[] {
  return quotes.filter((quote) => quote.sourceId === articleId && quote.claimIds.includes(claimId));
}

// ---------- summaries ----------
export interface ClaimSummary {
  total: number;
  /** Articles that mention the claim at all (accurately, loosely or wrongly). */
  reported: number;
  accurate: number;
  imprecise: number;
  wrong: number;
}

export function claimSummary(claim: Claim, articleIds: readonly string[]): ClaimSummary {
  const verdicts = articleIds.map((id) => own(claim.verdicts, id) ?? 'absent');
  const count = (v: Verdict) => verdicts.filter((verdict) => verdict === v).length;
  return {
    total: articleIds.length,
    reported: verdicts.filter((verdict) => verdict !== 'absent').length,
    accurate: count('accurate'),
    imprecise: count('imprecise'),
    wrong: count('wrong'),
  };
}

/** The claims at least one article reports loosely or wrongly, and the rest (every mention in line, in order). */
export function splitByErrors<C extends Claim>(claims: readonly C[], articleIds: readonly string[]): [C[], C[]] {
  const strays = (claim: C) => {
    const summary = claimSummary(claim, articleIds);
    return summary.imprecise + summary.wrong > 0;
  };
  return [claims.filter(strays), claims.filter((claim) => !strays(claim))];
}

/** How one article did across all claims. */
export function articleScore(claims: readonly Claim[], articleId: string): Record<Verdict, number> {
  const score: Record<Verdict, number> = { accurate: 0, imprecise: 0, wrong: 0, absent: 0 };
  for (const claim of claims) score[own(claim.verdicts, articleId) ?? 'absent'] += 1;
  return score;
}

/** "4 of 5 articles report this; 2 report it loosely; 1 gets it wrong". */
export function summaryLine(text: Texts, summary: ClaimSummary): string {
  const parts = [
    text.t(pluralPath('matrix.summary.reported', summary.reported, text, summary.total), {
      count: summary.reported,
      total: summary.total,
    }),
  ];
  if (summary.imprecise > 0) parts.push(plural(text, 'matrix.summary.imprecise', summary.imprecise));
  if (summary.wrong > 0) parts.push(plural(text, 'matrix.summary.wrong', summary.wrong));
  return listJoin(parts, text.locale);
}

// ---------- sources, links, citations ----------
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
  const local = source.translations?.[text.locale as 'en'];
  const both = (original: string, translated?: string) =>
    translated ? text.t('quoteViewer.citation.translated', { original, translation: translated }) : original;
  const fields = [
    both(source.outlet ?? text.t('common.unattributed'), source.outlet ? local?.outlet : undefined),
    source.title ? both(source.title, local?.title) : '',
    source.author ?? '',
    source.date ? formatIsoDate(source.date, text.locale) : '',
    source.originalLanguage ? text.t('common.translationOf') : '',
  ].filter(Boolean);
  const translation = quoteTranslation(quote, source, text.locale);
  return [
    // A title that ends its own sentence ("…voice assistant.") is not stopped twice.
    text.t('quoteViewer.citation.main', { text: quote.text, source: fields.join(', ').replace(/[.。]$/, '') }),
    translation ? text.t('quoteViewer.citation.translation', { text: translation }) : '',
    text.t('quoteViewer.citation.quoted', { url: link }),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The outlet's name, with our translation in brackets (`both`), or the readable one alone (`reader`, for labels). */
export function outletLabel(
  text: Pick<CopyApi, 't' | 'locale'>,
  source: Source,
  mode: 'both' | 'reader' = 'both',
): string {
  if (!source.outlet) return text.t('common.unattributed');
  const translated = source.translations?.[text.locale as 'en']?.outlet;
  if (!translated) return source.outlet;
  return mode === 'reader'
    ? translated
    : text.t('quoteViewer.citation.translated', { original: source.outlet, translation: translated });
}

/** The sources behind a claim's record: its own, then those of the facts it cites (no repeats). */
export function recordSourceIds(
  record: { sourceIds: readonly string[]; factIds: readonly string[] },
  facts: ReadonlyMap<string, { sourceIds: readonly string[] }>,
): string[] {
  return [...new Set([...record.sourceIds, ...record.factIds.flatMap((id) => facts.get(id)?.sourceIds ?? [])])];
}

export interface StatusInput {
  filters: Filters;
  outlet: string;
  /** Quotes of the selected article shown now, and all of its quotes. */
  here: number;
  total: number;
  /** Matching quotes across every article. */
  all: number;
  articles: number;
  claimLabel?: string;
  caseLabel?: string;
}

/** What the viewer shows, in one or two sentences (shown and announced). */
export function viewerStatus(text: Texts, input: StatusInput): string {
  const { filters } = input;
  if (!hasFilters(filters)) return plural(text, 'quoteViewer.status.showing', input.total, { outlet: input.outlet });
  const parts = [plural(text, 'quoteViewer.status.matches', input.all)];
  if (filters.search) parts.push(text.t('quoteViewer.status.search', { q: filters.search }));
  if (input.caseLabel) parts.push(text.t('quoteViewer.status.case', { case: input.caseLabel }));
  if (input.claimLabel) parts.push(text.t('quoteViewer.status.claim', { claim: input.claimLabel }));
  parts.push(text.t('quoteViewer.status.scope', { articles: input.articles }));
  parts.push(
    input.all === 0
      ? text.t('quoteViewer.status.noneHint')
      : plural(text, 'quoteViewer.status.here', input.here, { outlet: input.outlet }),
  );
  return parts.join(' ');
}
