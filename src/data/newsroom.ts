/**
 * The newsroom's own rules, beyond references that resolve: the page renders without them, so only the data
 * tests run them (editorialIssues in model.ts). A table of the same shape as references.ts.
 */
import type { Match } from './paths';
import type { Table } from './references';
import type { CaseItem, CaseStep, Fact, Verdict } from './schemas';
import type { Files } from './load';

export const NEWSROOM_RULES = {
  'facts.json': {
    // A reader can find what we read: a verified fact cites at least one source with a date.
    'facts[{fact}]': ({ value }: Match, files: Partial<Files>) => {
      const fact = value as Fact;
      const dated = new Set(files.sources?.sources.flatMap((source) => (source.date ? [source.id] : [])));
      return fact.status === 'verified' && !fact.sourceIds.some((id) => dated.has(id))
        ? 'is marked verified but none of its sources has a date'
        : undefined;
    },
  },
  'cases.json': {
    // A step's "When" is the date of something the step tells (one dated by another event's fact said
    // "July 19, 2023" above a statement of May 31).
    'cases[{case}].steps[{step}].momentFactId': ({ value, bound }: Match) => {
      const items = (bound.case as { items: CaseItem[] }).items;
      const told = new Set(
        (bound.step as CaseStep).itemIds.flatMap((id) => items.find((item) => item.id === id)?.factIds ?? []),
      );
      return told.has(value as string)
        ? undefined
        : `"${String(value)}" is not a fact of any of this step's items, so its date belongs to another event`;
    },
  },
  'claims.json': {
    // A quote from the article behind every verdict but "absent", and none behind "absent".
    'claims[{claim}].verdicts.{article}': ({ value, bound }: Match, files: Partial<Files>) => {
      const verdict = value as Verdict;
      const claimId = (bound.claim as { id: string }).id;
      const tied = files.quotes?.quotes.some(
        (quote) => quote.sourceId === bound.article && quote.claimIds.includes(claimId),
      );
      if (verdict !== 'absent' && !tied) return `is "${verdict}" but no quote from this article supports it`;
      return verdict === 'absent' && tied
        ? 'is "absent" but a quote from this article is tied to the claim'
        : undefined;
    },
  },
} satisfies Table;
