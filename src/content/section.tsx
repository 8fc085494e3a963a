/**
 * A section's data, from the query cache to its components.
 *
 * Loading: each section calls one hook (`useSourcesData()`, `useCaseData(caseId)`, `useMoneyData()`,
 * `usePageData()`) at its root. It asks for each of the section's files through that file's own query
 * (`dataFileQuery`, load.ts) with `useSuspenseQueries`, so the files load in parallel and the section suspends
 * until all are there; then the files are checked against each other (model.ts). The checks' code is a chunk of
 * its own, asked for (as one more query) only if a file is not one the build checked. A broken file is thrown, as
 * the DataError naming its file and path, for the section's error boundary to show; its Retry resets that file's
 * query (src/components/section-boundary.tsx).
 *
 * Reading: the section root hands that checked data to `SectionProvider`, once. Below it, a component asks for
 * just what it shows: `useClaims(ids)`, `useSource(id)`, `useCase(caseId)`, `useMoneyFile()`, and
 * `useCopy()` for its text. A context rather than selectors over the query cache, because what a component reads
 * must be what its section checked: the context holds nothing else, and it costs no extra observer per component.
 */
import { queryOptions, useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DataError } from '../lib/data-error';
import { useLocale } from '../lib/locale';
import {
  KEY_OF,
  type Files,
  type Case,
  type CaseId,
  type Claim,
  type Correction,
  type Fact,
  type MoneyFile,
  type Quote,
  type Source,
  type TimelineEvent,
  type Update,
  COPY_FILES,
  type CopyFile,
} from '../data/schemas';
import { dataFileQuery } from '../data/load';
import {
  filesOf,
  buildSection,
  needsChecks,
  logDates,
  type DataSetName,
  type Loaded,
  type SectionData,
} from '../data/model';
import { copyAt } from '../data/copy';
import { makeTextApi, type CopyApi } from '../data/text';

// ---------- loading ----------
/** The cross-file checks (checked.ts), loaded once, and only for a file the build did not check. */
export const checksQuery = queryOptions({
  queryKey: ['data', 'checks'] as const,
  queryFn: () => import('../data/checked').then((module) => module.CHECKER),
});

function useSectionSet(set: DataSetName, caseId?: CaseId): SectionData {
  const locale = useLocale();
  const copyName = COPY_FILES[locale];
  const names = [...filesOf(set), copyName];
  const loaded = useSuspenseQueries({
    queries: names.map((name) => dataFileQuery(name)),
    combine: (results) => {
      const files: Record<string, unknown> = { copyName, locale };
      names.forEach((name, index) => {
        files[name === copyName ? 'copy' : KEY_OF[name as keyof typeof KEY_OF]] = results[index]!.data;
      });
      return files as Loaded;
    },
  });
  const checks: (typeof checksQuery)[] = needsChecks(set, loaded) ? [checksQuery] : [];
  const checker = useSuspenseQueries({ queries: checks, combine: (results) => results[0]?.data });
  // Once per set of file objects: the query cache hands out the same ones until a file changes.
  const section = useMemo(() => buildSection(set, loaded, { case: caseId }, checker), [set, loaded, caseId, checker]);
  if (section instanceof DataError) throw section;
  return section;
}

/** The quote viewer, the claim matrix and the documents behind them. */
export const useSourcesData = () => useSectionSet('sources');

/** The header and the footer: copy, facts, sources and the corrections and updates log. */
export const usePageData = () => useSectionSet('page');

/** One case's view: the case (and only that case's steps and items checked), the timeline, its quotes. */
export const useCaseData = (caseId: CaseId) => useSectionSet('case', caseId);

/** The penalties section: money.json and the figures computed from it. */
export const useMoneyData = () => useSectionSet('money');

const newest = (file: Files['updates']) => logDates(file).updated ?? '';

/** The edition's name for a publisher the build was not told (embeds' credit, outside any section's text). */
export function useUnsetPublisherName(): string {
  const locale = useLocale();
  const select = (copy: CopyFile) => copyAt(copy, 'header.dateline.unsetPublisher') ?? '';
  return useSuspenseQuery({ ...dataFileQuery(COPY_FILES[locale]), select }).data;
}

/** The date of the newest entry in the corrections log (embeds show it in their credit line). */
export function useLastUpdated(): string {
  return useSuspenseQuery({ ...dataFileQuery('updates.json'), select: newest }).data;
}

// ---------- providing ----------
const SectionContext = createContext<{ data: SectionData; text: CopyApi } | null>(null);

export function SectionProvider({ data, children }: { data: SectionData; children: ReactNode }) {
  const value = useMemo(() => ({ data, text: makeTextApi(data) }), [data]);
  return <SectionContext value={value}>{children}</SectionContext>;
}

function useSection() {
  const section = useContext(SectionContext);
  if (!section) throw new Error('Section data is read inside a SectionProvider');
  return section;
}

/** The section's text, with typed keys. */
export const useCopy = (): CopyApi => useSection().text;

/** The section's checked data, whole (for code that takes it all, as the sources notes do). */
export const useSectionData = (): SectionData => useSection().data;

// ---------- reading, below a SectionProvider ----------
function loaded<T>(value: T | undefined, file: string): T {
  if (value === undefined) throw new Error(`${file} is not loaded by this section`);
  return value;
}

function known<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`unknown ${what} "${id}"`);
  return found;
}

/** The entries with these ids, in that order (the data checks guarantee they exist). */
function useSome<T>(map: ReadonlyMap<string, T>, ids: readonly string[] | undefined, what: string): readonly T[] {
  return useMemo(() => (ids ? ids.map((id) => known(map, id, what)) : [...map.values()]), [map, ids, what]);
}

export const useFacts = (): ReadonlyMap<string, Fact> => useSectionData().facts;

/** Every source by id (for code that takes the map, as the charts' plain-text source line does). */
export const useSourceMap = (): ReadonlyMap<string, Source> => useSectionData().sources;
export const useSource = (id: string): Source => known(useSourceMap(), id, 'source');
/** Every source, in the file's order. */
export const useSources = (): readonly Source[] => useSome(useSourceMap(), undefined, 'source');
/** The five articles, in the file's order. */
export const useArticles = (): readonly Source[] => useSectionData().articles;

const useQuoteMap = () => loaded(useSectionData().quotes, 'quotes.json');
export const useQuote = (id: string): Quote => known(useQuoteMap(), id, 'quote');
/** Every quote, each article's in the order they appear in it. */
export const useQuotes = (): readonly Quote[] => useSome(useQuoteMap(), undefined, 'quote');

const useClaimMap = () => loaded(useSectionData().claims, 'claims.json');
export const useClaim = (id: string): Claim => known(useClaimMap(), id, 'claim');
/** These claims in this order, or every claim in the file's order. */
export const useClaims = (ids?: readonly string[]): readonly Claim[] => useSome(useClaimMap(), ids, 'claim');

export const useCorrections = (): readonly Correction[] => loaded(useSectionData().corrections, 'claims.json');
/** The corrections and updates log, newest first. */
export const useUpdates = (): readonly Update[] => loaded(useSectionData().updates, 'updates.json');

const useCasesFile = () => loaded(useSectionData().cases, 'cases.json');
/** A case's entry in cases.json: its court, dates, items and steps. */
export function useCase(caseId: CaseId): Case {
  const found = useCasesFile().cases.find((entry) => entry.id === caseId);
  if (!found) throw new Error(`unknown case "${caseId}"`);
  return found;
}
/** The events of both cases, in the file's order. */
export const useTimeline = (): readonly TimelineEvent[] => useCasesFile().timeline;

export const useMoneyFile = (): MoneyFile => loaded(useSectionData().money, 'money.json');
