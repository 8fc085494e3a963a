/** The quote viewer's state in the page's address: its parameters, read safely. No React; unit-tested. */
import type { CaseId } from '../../data/schemas';

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
    caseId: raw.case === 'alexa' || raw.case === 'ring' ? raw.case : null,
    search: parseSearch(raw.q),
  };
}
