/**
 * The hooks components read data with.
 *
 * Loading: each section calls one hook (`useSourcesData()`, `useCaseData(caseId)`, `useMoneyData()`,
 * `usePageData()`) at its root. One query per section set (['data', 'set', …its files]) fetches the section's
 * files in parallel, each through its own cached per-file query (dataFileQuery), and the section suspends until
 * all are there; then the files are checked against each other (model.ts; the checks' code is fetched only if a
 * file is not one the build checked). A broken file is thrown, as the
 * DataError naming its file and path, for the section's error boundary to show (its Retry resets the file's
 * query and every set holding it).
 *
 * Reading: the section root hands that checked data to `SectionProvider` (text.tsx), once. Below it, a component
 * asks for just what it shows: `useFact(id)`, `useSources(ids)`, `useClaim(id)`, `useCase(caseId)`,
 * `useMoneyFile()`, and `useCopy()` for its text. A context rather than selectors over the query cache, because
 * what a component reads must be what its section checked: the context holds nothing else, and it costs no
 * extra observer per component.
 */
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DataError } from '../lib/data-error';
import { useLocale } from '../lib/locale';
import type { Files } from './load';
import { KEY_OF } from './load';
import {
  filesOf,
  loadChecksFor,
  newestFirst,
  sectionOf,
  type DataSetName,
  type Loaded,
  type SectionData,
} from './model';
import { dataFileQuery } from './queries';
import type {
  Case,
  CaseId,
  Claim,
  Correction,
  DataFileName,
  Fact,
  MoneyFile,
  Quote,
  Source,
  TimelineEvent,
  Update,
} from './schemas';
import { COPY_FILES } from './schemas';
import { useSectionData } from './text';

// ---------- loading ----------
function useDataSet(set: DataSetName, caseId?: CaseId): SectionData {
  const locale = useLocale();
  const copyName = COPY_FILES[locale];
  const client = useQueryClient();
  const names = useMemo((): DataFileName[] => [...filesOf(set), copyName], [set, copyName]);
  const { data: files } = useSuspenseQuery({
    queryKey: ['data', 'set', ...names],
    queryFn: async () => {
      const files = await Promise.all(names.map((name) => client.fetchQuery(dataFileQuery(name))));
      await loadChecksFor(files);
      return files;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  const section = useMemo(() => {
    const loaded: Record<string, unknown> = { copyName, locale };
    names.forEach(
      (name, index) => (loaded[name === copyName ? 'copy' : KEY_OF[name as keyof typeof KEY_OF]] = files[index]),
    );
    return sectionOf(set, loaded as Loaded, { case: caseId });
  }, [files, names, set, copyName, locale, caseId]);
  if (section instanceof DataError) throw section;
  return section;
}

/** The quote viewer, the claim matrix and the documents behind them. */
export const useSourcesData = () => useDataSet('sources');

/** The header and the footer: copy, facts, sources and the corrections and updates log. */
export const usePageData = () => useDataSet('page');

/** One case's view: the case (and only that case's steps and items checked), the timeline, its quotes. */
export const useCaseData = (caseId: CaseId) => useDataSet('case', caseId);

/** The penalties section: money.json and the figures computed from it. */
export const useMoneyData = () => useDataSet('money');

const newest = (file: Files['updates']) => newestFirst(file.updates)[0]?.date ?? '';

/** The date of the newest entry in the corrections log (embeds show it in their credit line). */
export function useLastUpdated(): string {
  return useSuspenseQuery({ ...dataFileQuery('updates.json'), select: newest }).data;
}

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
export const useFact = (id: string): Fact => known(useFacts(), id, 'fact');

/** Every source by id (for code that takes the map, as the charts' plain-text source line does). */
export const useSourceMap = (): ReadonlyMap<string, Source> => useSectionData().sources;
export const useSource = (id: string): Source => known(useSourceMap(), id, 'source');
/** These sources in this order, or every source in the file's order. */
export const useSources = (ids?: readonly string[]): readonly Source[] => useSome(useSourceMap(), ids, 'source');
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
