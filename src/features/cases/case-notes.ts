/** A case's notes: the kinds of what follows the settlement, and the order a reader meets the sources in. */
import type { Case, Quote } from '../../data/schemas';

/** After the settlement's kinds of entry, in the order the section shows them. */
export const AFTERMATH_KINDS = ['requires', 'unknown', 'since', 'for-you'] as const;

/**
 * The sources of a case in the order a reader meets them, for its numbered notes: each step's items and then its
 * quotes, step by step, then (on the page) what follows the settlement. Each source once, at its first citation.
 */
export function noteOrder(
  caseData: Pick<Case, 'steps' | 'items' | 'aftermath'>,
  quotes: readonly Pick<Quote, 'id' | 'sourceId'>[],
  { aftermath }: { aftermath: boolean },
): string[] {
  const ids: string[] = [];
  const items = new Map(caseData.items.map((item) => [item.id, item]));
  const quoteSources = new Map(quotes.map((quote) => [quote.id, quote.sourceId]));
  for (const step of caseData.steps) {
    for (const itemId of step.itemIds) ids.push(...(items.get(itemId)?.sourceIds ?? []));
    for (const quoteId of step.quoteIds ?? []) {
      const sourceId = quoteSources.get(quoteId);
      if (sourceId) ids.push(sourceId);
    }
  }
  if (aftermath)
    for (const kind of AFTERMATH_KINDS)
      for (const entry of caseData.aftermath) if (entry.kind === kind) ids.push(...entry.sourceIds);
  return [...new Set(ids)];
}
