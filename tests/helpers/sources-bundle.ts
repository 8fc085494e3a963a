import { checkedSection, type Common } from '../../src/data/checked';
import type { Loaded } from '../../src/data/model';
import type { Claim, Correction, Quote, Source } from '../../src/data/schemas';

export interface SourcesBundle extends Common {
  articles: readonly Source[];
  primary: Source[];
  quotes: Quote[];
  quotesById: ReadonlyMap<string, Quote>;
  claims: Claim[];
  corrections: readonly Correction[];
}

/** The sources section's data as lists, for the tests (the section reads it through src/content/section.tsx). */
export function buildSourcesBundle(files: Loaded): SourcesBundle {
  const section = checkedSection('sources', files);
  const quotesById = section.quotes ?? new Map<string, Quote>();
  const primary = [...section.sources.values()].filter((source) => source.kind !== 'article');
  return {
    ...section,
    primary,
    quotes: [...quotesById.values()],
    quotesById,
    claims: [...(section.claims?.values() ?? [])],
    corrections: section.corrections ?? [],
  };
}
