/**
 * Turning copy templates into text: `{fact-id}` tokens become the fact formatted for the locale, other
 * tokens come from computed values. Everything renders as text nodes; nothing from data is parsed as HTML.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatCount, formatCountInProse, formatDuration, formatIsoDate, formatIsoDateRange, formatMoney, type Locale } from '../lib/format';
import { copyAt, dateRange, parseTemplate } from './copy';
import type { DerivedValue } from './derived';
import type { CopyFile, Fact } from './schemas';

export interface TextSources {
  copy: CopyFile;
  facts: ReadonlyMap<string, Fact>;
  values?: Record<string, DerivedValue>;
  locale?: Locale;
}

/** A fact as running text shows it (small counts as words: "four complaints"). */
export function formatFact(fact: Fact, locale: Locale): string {
  switch (fact.kind) {
    case 'money':
      return formatMoney(fact.value, locale);
    case 'count':
      return formatCountInProse(fact.value, locale);
    case 'date':
      return formatIsoDate(fact.value, locale);
    case 'duration':
      return formatDuration(fact.value, fact.unit, locale);
  }
}

export function formatDerived(value: DerivedValue, locale: Locale): string {
  switch (value.kind) {
    case 'money':
      return formatMoney(value.value, locale, { approximate: true });
    case 'number':
      return formatCount(value.value, locale, value.digits);
    case 'year':
      return String(value.value);
  }
}

export type Extra = Record<string, string | number>;

/**
 * Fill a template to a plain string (for attributes, downloads and tests). `{fact-id}` is a fact, `{from..to}` the
 * span between two date facts ("between {a..b}" reads "between June and August 2017"). Unknown tokens stay visible.
 */
export function fillTemplate(template: string, sources: TextSources, extra: Extra = {}): string {
  const locale = sources.locale ?? 'en';
  return parseTemplate(template)
    .map((part) => {
      if (part.type === 'text') return part.text;
      const name = part.name;
      if (name in extra) {
        const value = extra[name];
        return typeof value === 'number' ? formatCount(value, locale) : String(value);
      }
      const fact = sources.facts.get(name);
      if (fact) return formatFact(fact, locale);
      const range = dateRange(name, sources.facts);
      if (range) return formatIsoDateRange(range[0], range[1], locale);
      const derived = sources.values?.[name];
      if (derived) return formatDerived(derived, locale);
      return `{${name}}`;
    })
    .join('');
}

export interface TextApi {
  locale: Locale;
  /** The copy at `path`, filled; the path itself if the copy is missing (the data checks catch that first). */
  t: (path: string, extra?: Extra) => string;
  has: (path: string) => boolean;
  sources: TextSources;
}

export function makeTextApi(sources: TextSources): TextApi {
  const locale = sources.locale ?? 'en';
  return {
    locale,
    sources,
    has: (path) => copyAt(sources.copy, path) !== undefined,
    t: (path, extra) => {
      const template = copyAt(sources.copy, path);
      return template === undefined ? path : fillTemplate(template, sources, extra);
    },
  };
}

const TextContext = createContext<TextApi | null>(null);

export function TextProvider({ sources, children }: { sources: TextSources; children: ReactNode }) {
  const api = useMemo(() => makeTextApi(sources), [sources]);
  return <TextContext.Provider value={api}>{children}</TextContext.Provider>;
}

export function useText(): TextApi {
  const api = useContext(TextContext);
  if (!api) throw new Error('useText must be used inside a TextProvider');
  return api;
}
