/**
 * Turning copy templates into text: `{fact-id}` tokens become the fact formatted for the locale, other
 * tokens come from computed values. Everything renders as text nodes; nothing from data is parsed as HTML.
 *
 * A section's components read this text through `useCopy()` (src/content/section.tsx); the build's pages and
 * pictures call `makeTextApi` directly.
 */
import type { ReactNode } from 'react';
import {
  formatCount,
  formatCountInProse,
  formatDuration,
  formatIsoDate,
  formatIsoDateRange,
  formatMoney,
  PUNCTUATION,
} from '../lib/format';
import type { Locale } from '../lib/locale';
import { Term, type TermText } from '../components/term';
import { copyAt, dateRange, parseTemplate } from './copy';
import type { CopyKey, DataKey } from './copy-keys';
import type { DerivedValue } from './derived';
import type { CopyFile, Fact } from './schemas';
import { own } from '../lib/own';

/** What fills a template: the copy of one edition, the facts, and the computed values. */
export interface TextData {
  copy: CopyFile;
  facts: ReadonlyMap<string, Fact>;
  values?: Readonly<Record<string, DerivedValue>>;
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

function formatDerived(value: DerivedValue, locale: Locale): string {
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

/** One `{token}`: a value given by the caller, a fact, a span of two date facts, a computed value, or left visible. */
function fillToken(name: string, data: TextData, extra: Extra): string {
  const locale = data.locale ?? 'en';
  if (Object.hasOwn(extra, name)) {
    const value = extra[name];
    return typeof value === 'number' ? formatCount(value, locale) : String(value);
  }
  const fact = data.facts.get(name);
  if (fact) return formatFact(fact, locale);
  const range = dateRange(name, data.facts);
  if (range) return formatIsoDateRange(range[0], range[1], locale);
  const derived = data.values && own(data.values, name);
  if (derived) return formatDerived(derived, locale);
  return `{${name}}`;
}

/**
 * Fill a template to a plain string (for attributes, downloads, pictures, link previews and tests). `{fact-id}` is a
 * fact, `{from..to}` the span between two date facts ("between {a..b}" reads "between June and August 2017").
 * Unknown tokens stay visible. A term marker (`[[coppa|COPPA]]`) is its words.
 */
export function fillTemplate(template: string, data: TextData, extra: Extra = {}): string {
  return parseTemplate(template)
    .map((part) => (part.type === 'token' ? fillToken(part.name, data, extra) : part.text))
    .join('');
}

/**
 * Fill a template for the page: as fillTemplate, but a term marker whose term the glossary has becomes its
 * control (components/term.tsx), with the glossary's definition. Text, not HTML: words and values are text nodes.
 */
function fillRich(
  template: string,
  data: TextData,
  extra: Extra,
  term: (id: string, words: string, key: number) => ReactNode,
): ReactNode {
  const nodes: ReactNode[] = [];
  let run = '';
  // A blank line in the copy ("\n\n") starts a new paragraph on the page, inside the text's own element (a step's
  // item is one <p>): a gap that breaks the line. Chinese copy uses it to keep paragraphs short.
  const pushRun = (at: number) => {
    run.split('\n\n').forEach((text, part) => {
      if (part > 0) {
        nodes.push(<span key={`gap-${at}-${part}`} aria-hidden="true" className="block h-2" />);
      }
      if (text) nodes.push(text);
    });
    run = '';
  };
  parseTemplate(template).forEach((part, index) => {
    const control = part.type === 'term' ? term(part.id, part.text, index) : null;
    if (control) {
      if (run) pushRun(index);
      nodes.push(control);
    } else run += part.type === 'token' ? fillToken(part.name, data, extra) : part.text;
  });
  if (run) pushRun(-1);
  return nodes.length > 1 ? nodes : (nodes[0] ?? '');
}

/** The text of a section, with typed keys: a misspelt key is a compile error (copy-keys.ts). */
export interface CopyApi {
  locale: Locale;
  /** Interface copy, filled; a plain placeholder if the copy file lacks it (the data checks catch that first). */
  t: (key: CopyKey, extra?: Extra) => string;
  /** Copy written for an entry of the data: `tData(`claims.${claim.id}.statement`)`. */
  tData: (key: DataKey, extra?: Extra) => string;
  has: (key: CopyKey | DataKey) => boolean;
  /** As t(), for text on the page: a glossary term marked in it (`[[coppa|COPPA]]`) is a control that defines it. */
  rich: (key: CopyKey, extra?: Extra) => ReactNode;
  /** As tData(), for text on the page (see rich). */
  richData: (key: DataKey, extra?: Extra) => ReactNode;
}

/** What a reader sees where the copy file has no text for a key. */
export const MISSING_TEXT: Record<Locale, string> = { en: '(text missing)', 'zh-Hans': '（缺少文字）' };

export function makeTextApi(data: TextData): CopyApi {
  const locale = data.locale ?? 'en';
  // One lookup for both kinds of key: they differ only in the types that say who may ask for which.
  const t = (path: string, extra?: Extra) => {
    const template = copyAt(data.copy, path);
    if (template !== undefined) return fillTemplate(template, data, extra);
    // A copy file older than the code (a deploy that kept the host's edited copy): say so in the console, and show
    // the reader a plain placeholder, never the key.
    console.warn(`copy: no text for "${path}" in the ${locale} copy file`);
    return MISSING_TEXT[locale];
  };
  const has = (path: string) => copyAt(data.copy, path) !== undefined;
  // The controls' shared words, looked up once a text has a term.
  let termText: TermText | undefined;
  const termTexts = (): TermText =>
    (termText ??= {
      hint: t('termControl.hint'),
      allTerms: t('termControl.allTerms'),
      colon: PUNCTUATION[locale].colon,
      space: PUNCTUATION[locale].space,
    });
  // A marker names a term of the glossary (the copy file's schema checks it); if not, it is only its words.
  const term = (id: string, words: string, key: number) =>
    has(`glossary.${id}.term`) && has(`glossary.${id}.definition`) ? (
      <Term
        key={key}
        id={id}
        title={t(`glossary.${id}.term`)}
        definition={t(`glossary.${id}.definition`)}
        text={termTexts()}
      >
        {words}
      </Term>
    ) : null;
  const rich = (path: string, extra: Extra = {}) => {
    const template = copyAt(data.copy, path);
    return template === undefined ? t(path, extra) : fillRich(template, data, extra, term);
  };
  return { locale, t, tData: t, has, rich, richData: rich };
}
