/** Which quotes the viewer shows for its filters, and what it says about them. No React; unit-tested. */
import { plural, type Texts } from '../../data/plural';
import type { CaseId, Claim, Quote } from '../../data/schemas';
import { findMatches } from './search';
import { PUNCTUATION } from '../../lib/format';
import type { ViewerState } from './viewer-state';

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
  return parts.join(PUNCTUATION[text.locale].space);
}
