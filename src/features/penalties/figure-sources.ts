/** What a money chart names besides its picture: the sources behind its facts, as ids and as one line, and its files. */
import type { Fact, Source } from '../../data/schemas';
import { PUNCTUATION } from '../../lib/format';
import type { Locale } from '../../lib/locale';

type Facts = ReadonlyMap<string, Fact>;

/** The source ids behind a set of facts, in order, without repeats. */
export function sourcesOfFacts(facts: Facts, ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => facts.get(id)?.sourceIds ?? []))];
}

/** Sources as one line of plain text (for exported images): outlet, title, date, punctuated as `locale` writes. */
export function sourceLine(
  ids: readonly string[],
  sources: ReadonlyMap<string, Source>,
  formatDate: (iso: string) => string,
  locale: Locale = 'en',
): string {
  const { comma, list } = PUNCTUATION[locale];
  return ids
    .flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      return [
        [source.outlet, source.title, source.date ? formatDate(source.date) : undefined].filter(Boolean).join(comma),
      ];
    })
    .join(list);
}

/** File names that say what they are: `amazon-2023-settlements-breakdown`. */
export function fileBase(year: number, what: string): string {
  return `amazon-${year}-${what}`;
}
