/**
 * The newsroom's own rules, beyond references that resolve: the page renders without them, so only the data
 * tests run them (editorialIssues in model.ts). A table of the same shape as references.ts.
 */
import { formatPath, type DataIssue } from '../lib/data-error';
import { copyTexts } from './copy';
import type { Match } from './paths';
import type { Table } from './references';
import {
  type CaseItem,
  type CaseStep,
  type Correction,
  type CopyNode,
  type Fact,
  type Source,
  type Verdict,
  type Files,
} from './schemas';

/**
 * Where a court, an agency or a company publishes its own documents. A source marked `primary` is linked at one
 * of these (or a subdomain); a copy elsewhere, however faithful, is not the official address.
 */
const OFFICIAL_HOSTS = [
  'justice.gov',
  'ftc.gov',
  'uscourts.gov',
  'courtlistener.com',
  'govinfo.gov',
  'federalregister.gov',
  'aboutamazon.com',
  'blog.ring.com',
] as const;

export const isOfficialAddress = (url: string | undefined): boolean => {
  if (!url) return false;
  const host = new URL(url).hostname;
  return OFFICIAL_HOSTS.some((official) => host === official || host.endsWith(`.${official}`));
};

/** Kinds of source that are documents of the parties or the authorities, not reports about them. */
const ISSUED = new Set<Source['kind']>(['court', 'government', 'company']);

export const NEWSROOM_RULES = {
  'sources.json': {
    // A primary document is cited at its official address; a filing or release we did not read there says how
    // we know it (a copy, or reports of it), so the method note and the citations cannot disagree.
    'sources[{source}]': ({ value }: Match) => {
      const source = value as Source;
      if (source.primary && source.readVia) return 'is marked primary and also read via a copy or reports';
      if (source.primary && !isOfficialAddress(source.url))
        return `is marked primary but has no official address (${source.url ?? 'none'})`;
      if (ISSUED.has(source.kind) && !source.primary && !source.readVia)
        return 'is a court, government or company document: mark it primary with its official address, or say it was read via a copy or reports';
      return undefined;
    },
  },
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
    // A ✗ beside a claim in circulation only where the record refutes it, and then with the sources that do.
    'corrections[{correction}]': ({ value }: Match) => {
      const correction = value as Correction;
      return correction.rating === 'refuted' && correction.sourceIds.length === 0
        ? 'is rated refuted but cites no source that refutes it'
        : undefined;
    },
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

/**
 * Words that rank something against everything else (a record, the largest…). Such a claim can be overtaken by
 * later events (Epic's "largest penalty for breaking an FTC rule" was, until Amazon's Prime penalty of 2025), so
 * a text that makes one names the date it is true as of and a figure from facts.json, whose sources back it.
 * The corrections log is exempt: each entry is dated, and it quotes what we used to say.
 */
const SUPERLATIVE = {
  en: /\b(?:largest|biggest|highest|record-setting|all-time|(?:holds?|held|set|took) (?:that|the|a) record)\b/i,
  'zh-Hans': /最高(?!法院)|最大|之最|纪录|史上/,
} as const;
const AS_OF = { en: /\bas of \{([a-z0-9-]+)\}/g, 'zh-Hans': /截至\{([a-z0-9-]+)\}/g } as const;

/** Superlatives in one edition's copy that lack an "as of" date fact or a sourced figure. */
export function superlativeIssues(
  copy: CopyNode,
  facts: ReadonlyMap<string, Fact>,
  edition: keyof typeof SUPERLATIVE,
): DataIssue[] {
  return copyTexts(copy).flatMap(([text, at]) => {
    if (at[0] === 'updates' || !SUPERLATIVE[edition].test(text)) return [];
    const asOf = [...text.matchAll(AS_OF[edition])].map((match) => match[1]!);
    const dates = asOf.filter((id) => facts.get(id)?.kind === 'date');
    const figures = [...text.matchAll(/\{([a-z0-9-]+)\}/g)]
      .map((match) => match[1]!)
      .filter((id) => !asOf.includes(id) && facts.get(id)?.kind === 'money');
    const path = formatPath(at);
    if (!dates.length) return [{ path, message: 'makes a superlative with no "as of {date fact}"' }];
    return figures.length ? [] : [{ path, message: 'makes a superlative without the sourced figure it ranks' }];
  });
}
