/**
 * A source's outlet and title as one edition's readers know them: our translation where the data has one, else the
 * source's own. Every place that names a source (notes, tabs, the claim table, step captions, chart source lines,
 * pictures, structured data) reads it here, so no two can disagree on which name a reader sees.
 */
import { PUNCTUATION } from '../lib/format';
import type { Locale } from '../lib/locales';
import type { Source } from './schemas';

export interface ReaderNames {
  /** The outlet's name for this edition's readers; null for an article with no outlet named. */
  outlet: string | null;
  /** The outlet's own name, where `outlet` is our translation of it. */
  original?: string;
  /** The title for this edition's readers. */
  title?: string;
  /** The title's own words, where `title` is our translation of it. */
  originalTitle?: string;
  /** The language `outlet` is in, where it is the source's own name and not in this edition's language. */
  lang?: string;
}

export function readerNames(source: Source, locale: Locale): ReaderNames {
  const own = source.translations?.[locale];
  const titles =
    own?.title && source.title ? { title: own.title, originalTitle: source.title } : { title: source.title };
  if (!source.outlet) return { outlet: null, ...titles };
  if (own?.outlet) return { outlet: own.outlet, original: source.outlet, ...titles };
  return { outlet: source.outlet, ...titles, lang: source.language === locale ? undefined : source.language };
}

/**
 * Outlet and title as one citation, punctuated as the edition writes (titles in 《》 in Chinese): `Fortune, Title`,
 * `财富，《标题》`. An article with no outlet named is cited by its title, or as `unattributed` where given.
 */
export function citation(source: Source, locale: Locale, unattributed?: string): string {
  const { outlet, title } = readerNames(source, locale);
  const { comma, title: marks } = PUNCTUATION[locale];
  return [outlet ?? unattributed, title && `${marks[0]}${title}${marks[1]}`].filter(Boolean).join(comma);
}
