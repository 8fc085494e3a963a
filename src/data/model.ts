/**
 * A section's data: the files it loads, after every row of the reference table (references.ts, run by
 * checked.ts) has passed, indexed by id. A problem becomes a DataError naming the file and the path, which the
 * section's error boundary shows; the other sections, which do not load that file, keep working.
 *
 * The checks themselves are passed in (`Checker`): the build runs them on the files it ships and records each
 * file's hash (load.ts), so a section whose files are all, byte for byte, ones the build checked renders without
 * them (`needsChecks`). For a file changed on the server after the build (or any file in the tests), the section's
 * hook (src/content/section.tsx) loads them first, a chunk of their own (checked.ts).
 */
import { addIssue, DataError, type Issues } from '../lib/data-error';
import { deriveContextValues, type DerivedValue } from './derived';
import {
  KEY_OF,
  type DataFile,
  type Files,
  type Claim,
  type CopyFile,
  type CopyFileName,
  type Correction,
  type Fact,
  type MoneyFile,
  type Quote,
  type Source,
  type Update,
} from './schemas';
import { isVerified } from './load';
import type { Locale } from '../lib/locale';
import type { Scope } from './paths';

/**
 * What each part of the page loads and checks, besides the facts, the sources and its edition's copy
 * (BASE_FILES). The sources section also reads money.json, only for the figures its copy names
 * ({penaltyMinutes}…); the penalties section is the one that checks it, and shows its problems.
 */
export const DATA_SETS = {
  case: { checks: ['cases.json', 'quotes.json'] },
  money: { checks: ['money.json'] },
  sources: { checks: ['quotes.json', 'claims.json'], reads: ['money.json'] },
  /** The header and the footer: the corrections and updates log; the header's lead graphic reads the two payments. */
  page: { checks: ['updates.json'], reads: ['money.json'] },
} as const satisfies Record<string, { checks: readonly DataFile[]; reads?: readonly DataFile[] }>;
export type DataSetName = keyof typeof DATA_SETS;
export const BASE_FILES = ['facts.json', 'sources.json'] as const;

/** Every file a data set loads, copy aside. */
export function filesOf(set: DataSetName): DataFile[] {
  const files: { checks: readonly DataFile[]; reads?: readonly DataFile[] } = DATA_SETS[set];
  return [...BASE_FILES, ...files.checks, ...(files.reads ?? [])];
}

/** Files as the builders take them: a subset, plus which edition's copy `copy` is (English by default). */
export type Loaded = Partial<Files> & { copyName?: CopyFileName; locale?: Locale };

/**
 * The page's days from its corrections and updates log: first published (the file's `published`, else its first
 * entry's day) and last updated (its newest entry's day). The header, the structured data and the embeds' credit
 * all read them here.
 */
export function logDates(file: Files['updates'] | undefined): { published?: string; updated?: string } {
  const dates = (file?.updates ?? []).map((entry) => entry.date).sort();
  return { published: file?.published ?? dates[0], updated: dates.at(-1) };
}

/** The corrections and updates log, newest first (entries of one day keep their order in the file). */
export function newestFirst(updates: readonly Update[]): Update[] {
  return [...updates].sort((a, b) => b.date.localeCompare(a.date));
}

export interface SectionData {
  locale: Locale;
  copy: CopyFile;
  copyName: CopyFileName;
  facts: ReadonlyMap<string, Fact>;
  sources: ReadonlyMap<string, Source>;
  /** Figures computed from money.json that copy names as `{penaltyMinutes}` and friends (empty without it). */
  values: Readonly<Record<string, DerivedValue>>;
  /** The five articles, in the file's order. */
  articles: readonly Source[];
  quotes?: ReadonlyMap<string, Quote>;
  claims?: ReadonlyMap<string, Claim>;
  corrections?: readonly Correction[];
  cases?: Files['cases'];
  money?: MoneyFile;
  /** The corrections and updates log, newest first (entries of one day keep their order in the file). */
  updates?: readonly Update[];
  /** The day the explainer was first published, and the day of the log's newest entry (logDates). */
  published?: string;
  updated?: string;
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined) =>
  list ? new Map(list.map((item) => [item.id, item])) : undefined;

/** The cross-file checks (checked.ts), as buildSection runs them. */
export interface Checker {
  /** Problems between the set's files: ids that name nothing, duplicates, totals that do not add up. */
  references(set: DataSetName, loaded: Loaded, scope: Scope): Issues;
  /** Problems in the edition's copy: missing texts, `{tokens}` nothing fills (values: figures copy may name). */
  copy(set: DataSetName, loaded: Loaded, values: Readonly<Record<string, DerivedValue>>, issues: Issues): void;
}

/** Whether the set needs the checks: some file of it is not, byte for byte, one the build checked. */
export const needsChecks = (set: DataSetName, loaded: Loaded): boolean =>
  !isVerified(loaded.copy) || !filesOf(set).every((name) => isVerified(loaded[KEY_OF[name]]));

/** Every problem in one data set as its section checks it: references first, then (if they hold) the copy. */
export function checkSet(set: DataSetName, loaded: Loaded, scope: Scope, checker: Checker | undefined) {
  const issues: Issues = checker ? checker.references(set, loaded, scope) : new Map();
  if (scope.case !== undefined && !loaded.cases?.cases.some((entry) => entry.id === scope.case))
    addIssue(issues, 'cases.json', 'cases', `no case with id "${scope.case}"`);
  const facts = byId(loaded.facts?.facts) ?? new Map<string, Fact>();
  let values: Record<string, DerivedValue> = {};
  if (issues.size === 0 && loaded.money && filesOf(set).includes('money.json')) {
    try {
      values = deriveContextValues(facts, loaded.money);
    } catch (error) {
      addIssue(issues, 'money.json', '', error instanceof Error ? error.message : String(error));
    }
  }
  if (checker && issues.size === 0) checker.copy(set, loaded, values, issues);
  return { issues, facts, values, copyName: loaded.copyName ?? 'copy.en.json' };
}

/**
 * Check one data set and index it; a DataError (returned, not thrown) for the first file with problems. The
 * hooks pass only the set's files, so a section's data holds nothing it did not check. Without `checker` only
 * what needs no checks is checked: pass it unless `needsChecks` said no.
 */
export function buildSection(
  set: DataSetName,
  loaded: Loaded,
  scope: Scope,
  checker: Checker | undefined,
): SectionData | DataError {
  const { issues, facts, values, copyName } = checkSet(set, loaded, scope, checker);
  const [first] = issues;
  if (first) return new DataError(first[0], 'reference', first[1]);
  const sources = loaded.sources?.sources ?? [];
  return {
    locale: loaded.locale ?? (copyName === 'copy.zh-Hans.json' ? 'zh-Hans' : 'en'),
    copy: loaded.copy ?? {},
    copyName,
    facts,
    sources: byId(sources)!,
    values,
    articles: sources.filter((source) => source.kind === 'article'),
    quotes: byId(loaded.quotes?.quotes),
    claims: byId(loaded.claims?.claims),
    corrections: loaded.claims?.corrections,
    cases: loaded.cases,
    money: loaded.money,
    updates: loaded.updates && newestFirst(loaded.updates.updates),
    ...logDates(loaded.updates),
  };
}
