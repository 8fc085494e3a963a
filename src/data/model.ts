/**
 * A section's data: the files it loads, after every row of the reference table (references.ts, run by
 * checks.ts) has passed, indexed by id. A problem becomes a DataError naming the file and the path, which the
 * section's error boundary shows; the other sections, which do not load that file, keep working.
 */
import { addIssue, KEY_OF, runRules, type Issues } from './checks';
import { DataError, type DataIssue } from '../lib/data-error';
import { deriveContextValues, type DerivedValue } from './derived';
import type { Files } from './load';
import type { Locale } from '../lib/locale';
import { NEWSROOM_RULES } from './newsroom';
import type { Scope } from './paths';
import { RULES, type DataFile } from './references';
import type { Claim, CopyFile, CopyFileName, Correction, Fact, MoneyFile, Quote, Source, Update } from './schemas';

/**
 * What each part of the page loads and checks, besides the facts, the sources and its edition's copy
 * (BASE_FILES). The sources section also reads money.json, only for the figures its copy names
 * ({penaltyMinutes}…); the penalties section is the one that checks it, and shows its problems.
 */
export const DATA_SETS = {
  case: { checks: ['cases.json', 'quotes.json'] },
  money: { checks: ['money.json'] },
  sources: { checks: ['quotes.json', 'claims.json'], reads: ['money.json'] },
  /** The header and the footer: the corrections and updates log. */
  page: { checks: ['updates.json'] },
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
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined) =>
  list ? new Map(list.map((item) => [item.id, item])) : undefined;

function merge(into: Issues, from: Issues, seen?: Set<string>): void {
  for (const [file, list] of from) {
    for (const { path, message } of list) {
      const key = `${file} ${path} ${message}`;
      if (!seen?.has(key)) addIssue(into, file, path, message);
      seen?.add(key);
    }
  }
}

/** Every problem in one data set as its section checks it: references first, then (if they hold) the copy. */
function checkSet(set: DataSetName, loaded: Loaded, scope: Scope) {
  const checked: Partial<Record<keyof Files, unknown>> = { copy: loaded.copy };
  for (const file of [...BASE_FILES, ...DATA_SETS[set].checks]) checked[KEY_OF[file]] = loaded[KEY_OF[file]];
  const input = { files: checked as Partial<Files>, copyName: loaded.copyName ?? 'copy.en.json', scope };
  const issues = runRules(RULES, input, 'references');
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
  if (issues.size === 0) runRules(RULES, { ...input, values }, 'copy', false, issues);
  return { issues, facts, values, copyName: input.copyName };
}

/**
 * Check one data set and index it; a DataError (returned, not thrown) for the first file with problems. The
 * hooks pass only the set's files, so a section's data holds nothing it did not check.
 */
export function buildSection(set: DataSetName, loaded: Loaded, scope: Scope = {}): SectionData | DataError {
  const { issues, facts, values, copyName } = checkSet(set, loaded, scope);
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
  };
}

type Built = SectionData | DataError;
interface CacheNode {
  next: WeakMap<object, CacheNode>;
  built: Map<string, Built>;
}
const cache: CacheNode = { next: new WeakMap(), built: new Map() };

/**
 * buildSection, once per set of file objects: the query cache hands out the same objects until a file changes,
 * so the header and the footer share one check, and TanStack's second call to `combine` costs nothing.
 */
export function sectionOf(set: DataSetName, loaded: Loaded, scope: Scope = {}): Built {
  let node = cache;
  for (const file of [loaded.copy, ...filesOf(set).map((name) => loaded[KEY_OF[name]])]) {
    if (typeof file !== 'object' || file === null) return buildSection(set, loaded, scope);
    let next = node.next.get(file);
    if (!next) node.next.set(file, (next = { next: new WeakMap(), built: new Map() }));
    node = next;
  }
  const key = [set, loaded.copyName, loaded.locale, scope.case].join(' ');
  let built = node.built.get(key);
  if (!built) node.built.set(key, (built = buildSection(set, loaded, scope)));
  return built;
}

/** buildSection, throwing its DataError: a section's data as the tests and the builders below check it. */
export function checkedSection(set: DataSetName, loaded: Loaded, scope: Scope = {}): SectionData {
  const section = buildSection(set, loaded, scope);
  if (section instanceof DataError) throw section;
  return section;
}

// ---------- lists for the tests (the sections read their data through the hooks in hooks.ts) ----------
export type Common = Pick<SectionData, 'facts' | 'sources' | 'copy' | 'copyName' | 'locale' | 'values'>;

export interface SourcesBundle extends Common {
  articles: readonly Source[];
  primary: Source[];
  quotes: Quote[];
  quotesById: ReadonlyMap<string, Quote>;
  claims: Claim[];
  corrections: readonly Correction[];
}
/** The sources section's data as lists (the section itself reads it through the hooks in hooks.ts). */
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

export interface PageText extends Common {
  /** Newest first. */
  updates: readonly Update[];
  /** The newest entry's date: the page's "last updated". */
  lastUpdated: string;
}
export function buildPageText(files: Loaded): PageText {
  const section = checkedSection('page', files);
  const updates = section.updates ?? [];
  return { ...section, updates, lastUpdated: updates[0]?.date ?? '' };
}

// ---------- for the data tests ----------
/** Every problem any section would report, file by file (each section's checks, as it runs them). */
export function allReferenceIssues(files: Files): Map<string, DataIssue[]> {
  const all: Issues = new Map();
  const seen = new Set<string>();
  for (const { id } of files.cases.cases) merge(all, checkSet('case', files, { case: id }).issues, seen);
  for (const set of ['money', 'sources', 'page'] as const) merge(all, checkSet(set, files, {}).issues, seen);
  return all;
}

/**
 * The newsroom's rules (newsroom.ts): a verified fact cites a dated source; a step's date is one of its items'
 * facts; a quote behind every verdict but "absent". Paths read `file: path (ids)`.
 */
export function editorialIssues(files: Pick<Files, 'facts' | 'sources' | 'cases' | 'claims' | 'quotes'>): DataIssue[] {
  const issues = runRules(NEWSROOM_RULES, { files, copyName: 'copy.en.json' }, 'references', true);
  return [...issues].flatMap(([file, list]) => list.map((issue) => ({ ...issue, path: `${file}: ${issue.path}` })));
}
