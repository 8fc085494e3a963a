/**
 * The copy keys, as types, so a misspelt key fails `tsc` (Reuters' `typeof ArchieML` move). copy.en.json is read
 * by `import type`, never bundled.
 *
 * - `CopyKey`: interface copy, a key written in the code (`caseView.next`, or `verdicts.${verdict}` for a
 *   verdict from the schema's enum). Every such key must be in copy.en.json; `t()` takes only these.
 * - `DataKey`: copy written for an entry of the data (`claims.${string}.statement`). Its patterns are the
 *   `{ copy }` rows of the reference table (references.ts), which every section checks against its data and
 *   its edition's copy; `tData()` takes only these. A key of this shape is not a `CopyKey`: the two can't mix.
 */
import type englishCopy from '../../public/data/copy.en.json';
import type { RULES } from './references';

/** Every text's path in a copy tree: `caseView.next`, `claims.total.statement`… */
type Leaves<T, Prefix extends string = ''> = T extends string | readonly string[]
  ? Prefix
  : { [K in keyof T & string]: Leaves<T[K], Prefix extends '' ? K : `${Prefix}.${K}`> }[keyof T & string];

/** `claims.{claim}.statement` → `claims.${string}.statement` */
type PatternType<P extends string> = P extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${PatternType<Tail>}`
  : P;

type ValueOf<T> = T extends unknown ? T[keyof T] : never;
type Each<C> = C extends readonly unknown[] ? C[number] : C;
/** Every `copy` pattern of the table: `claims.{claim}.statement`… */
type CopyPattern = Extract<Each<ValueOf<ValueOf<typeof RULES>>>, { copy: readonly string[] }>['copy'][number];

/** Copy keyed by data: a claim's statement, a case step's title, an entry of the corrections log… */
export type DataKey = PatternType<Extract<CopyPattern, `${string}{${string}`>>;

/** Interface copy: every path in copy.en.json that is not keyed by data. */
export type CopyKey = Exclude<Leaves<typeof englishCopy>, DataKey>;

/** A key with plural forms below it (`.one`, `.other`, and maybe `.none`, `.all`): `quoteViewer.tabQuotes`. */
export type PluralKey = CopyKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * The interface copy's keys below `Prefix`, by their last part: `KeyUnder<'charts.csvHeaders'>` is
 * `'item' | 'case' | …`, for code that builds such keys from names of its own (the charts' CSV columns).
 */
export type KeyUnder<Prefix extends string> = CopyKey extends infer K
  ? K extends `${Prefix}.${infer Rest}`
    ? Rest
    : never
  : never;

/** A case, or a claim's or quote's cases, as the copy names it. */
export const CASE_KEY = { alexa: 'common.caseAlexa', ring: 'common.caseRing', both: 'common.caseBoth' } as const;
