import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DataOf } from './load';
import { buildCaseBundle, buildMoneyBundle, buildPageText, buildSourcesBundle } from './model';
import { dataFileQuery } from './queries';
import { useLocale } from '../lib/locale';
import { COPY_FILES, type CaseId, type DataFileName } from './schemas';

// Each hook below suspends until its files are loaded, then checks them against each other (throwing
// DataError). All of a hook's files are requested at once (`useFetchAll`) before it waits on the first one,
// so they load in parallel; then one `useSuspenseQuery` per file reads them.

/** Start every file's query that is not in the cache yet (TanStack's usePrefetchQuery, for a list). */
function useFetchAll(files: readonly DataFileName[]): void {
  const client = useQueryClient();
  for (const file of files) {
    const options = dataFileQuery(file);
    if (!client.getQueryState(options.queryKey)) void client.prefetchQuery(options);
  }
}

function useFile<F extends DataFileName>(file: F): DataOf<F> {
  return useSuspenseQuery(dataFileQuery(file)).data;
}

export function useCaseBundle(caseId: CaseId) {
  const locale = useLocale();
  useFetchAll(['cases.json', 'facts.json', 'sources.json', 'quotes.json', COPY_FILES[locale]]);
  const cases = useFile('cases.json');
  const facts = useFile('facts.json');
  const sources = useFile('sources.json');
  const quotes = useFile('quotes.json');
  const copy = useFile(COPY_FILES[locale]);
  return useMemo(() => buildCaseBundle({ cases, facts, sources, quotes, copy, copyName: COPY_FILES[locale] }, caseId), [cases, facts, sources, quotes, copy, caseId, locale]);
}

export function useMoneyBundle() {
  const locale = useLocale();
  useFetchAll(['money.json', 'facts.json', 'sources.json', COPY_FILES[locale]]);
  const money = useFile('money.json');
  const facts = useFile('facts.json');
  const sources = useFile('sources.json');
  const copy = useFile(COPY_FILES[locale]);
  return useMemo(() => buildMoneyBundle({ money, facts, sources, copy, copyName: COPY_FILES[locale] }), [money, facts, sources, copy, locale]);
}

export function useSourcesBundle() {
  const locale = useLocale();
  useFetchAll(['sources.json', 'facts.json', 'quotes.json', 'claims.json', 'money.json', COPY_FILES[locale]]);
  const sources = useFile('sources.json');
  const facts = useFile('facts.json');
  const quotes = useFile('quotes.json');
  const claims = useFile('claims.json');
  const money = useFile('money.json');
  const copy = useFile(COPY_FILES[locale]);
  return useMemo(
    () => buildSourcesBundle({ sources, facts, quotes, claims, money, copy, copyName: COPY_FILES[locale] }),
    [sources, facts, quotes, claims, money, copy, locale],
  );
}

/** The header and footer need the copy, the facts, the source list and the corrections log. */
export function usePageText() {
  const locale = useLocale();
  useFetchAll(['updates.json', 'facts.json', 'sources.json', COPY_FILES[locale]]);
  const updates = useFile('updates.json');
  const facts = useFile('facts.json');
  const sources = useFile('sources.json');
  const copy = useFile(COPY_FILES[locale]);
  return useMemo(() => buildPageText({ updates, facts, sources, copy, copyName: COPY_FILES[locale], locale }), [updates, facts, sources, copy, locale]);
}

/** The date of the newest entry in the corrections log (embeds show it in their credit line). */
export function useLastUpdated(): string {
  const updates = useFile('updates.json');
  return useMemo(() => updates.updates.reduce((latest, update) => (update.date > latest ? update.date : latest), ''), [updates]);
}
