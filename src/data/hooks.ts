import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildCaseBundle, buildMoneyBundle, buildSourcesBundle } from './model';
import { dataFileQuery } from './queries';
import { useLocale } from '../lib/locale';
import { COPY_FILES, type CaseId } from './schemas';

/** Each hook suspends until its files are loaded, then checks them against each other (throwing DataError). */

export function useCaseBundle(caseId: CaseId) {
  const locale = useLocale();
  const [cases, facts, sources, quotes, copy] = useSuspenseQueries({
    queries: [dataFileQuery('cases.json'), dataFileQuery('facts.json'), dataFileQuery('sources.json'), dataFileQuery('quotes.json'), dataFileQuery(COPY_FILES[locale])],
  });
  return useMemo(
    () => buildCaseBundle({ cases: cases.data, facts: facts.data, sources: sources.data, quotes: quotes.data, copy: copy.data, copyName: COPY_FILES[locale] }, caseId),
    [cases.data, facts.data, sources.data, quotes.data, copy.data, caseId, locale],
  );
}

export function useMoneyBundle() {
  const locale = useLocale();
  const [money, facts, sources, copy] = useSuspenseQueries({
    queries: [dataFileQuery('money.json'), dataFileQuery('facts.json'), dataFileQuery('sources.json'), dataFileQuery(COPY_FILES[locale])],
  });
  return useMemo(
    () => buildMoneyBundle({ money: money.data, facts: facts.data, sources: sources.data, copy: copy.data, copyName: COPY_FILES[locale] }),
    [money.data, facts.data, sources.data, copy.data, locale],
  );
}

export function useSourcesBundle() {
  const locale = useLocale();
  const [sources, facts, quotes, claims, money, copy] = useSuspenseQueries({
    queries: [dataFileQuery('sources.json'), dataFileQuery('facts.json'), dataFileQuery('quotes.json'), dataFileQuery('claims.json'), dataFileQuery('money.json'), dataFileQuery(COPY_FILES[locale])],
  });
  return useMemo(
    () => buildSourcesBundle({ sources: sources.data, facts: facts.data, quotes: quotes.data, claims: claims.data, money: money.data, copy: copy.data, copyName: COPY_FILES[locale] }),
    [sources.data, facts.data, quotes.data, claims.data, money.data, copy.data, locale],
  );
}

/** The header and footer need only the copy, the facts and the source list. */
export function usePageText() {
  const locale = useLocale();
  const [facts, sources, copy] = useSuspenseQueries({
    queries: [dataFileQuery('facts.json'), dataFileQuery('sources.json'), dataFileQuery(COPY_FILES[locale])],
  });
  return useMemo(() => {
    const factMap = new Map(facts.data.facts.map((fact) => [fact.id, fact]));
    return { copy: copy.data, facts: factMap, updated: facts.data.updated, sources: sources.data.sources, locale };
  }, [facts.data, sources.data, copy.data, locale]);
}
