import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildCaseBundle, buildMoneyBundle, buildSourcesBundle } from './model';
import { dataFileQuery } from './queries';
import type { CaseId } from './schemas';

/** Each hook suspends until its files are loaded, then checks them against each other (throwing DataError). */

export function useCaseBundle(caseId: CaseId) {
  const [cases, facts, sources, quotes, copy] = useSuspenseQueries({
    queries: [dataFileQuery('cases.json'), dataFileQuery('facts.json'), dataFileQuery('sources.json'), dataFileQuery('quotes.json'), dataFileQuery('copy.en.json')],
  });
  return useMemo(
    () => buildCaseBundle({ cases: cases.data, facts: facts.data, sources: sources.data, quotes: quotes.data, copy: copy.data }, caseId),
    [cases.data, facts.data, sources.data, quotes.data, copy.data, caseId],
  );
}

export function useMoneyBundle() {
  const [money, facts, sources, copy] = useSuspenseQueries({
    queries: [dataFileQuery('money.json'), dataFileQuery('facts.json'), dataFileQuery('sources.json'), dataFileQuery('copy.en.json')],
  });
  return useMemo(
    () => buildMoneyBundle({ money: money.data, facts: facts.data, sources: sources.data, copy: copy.data }),
    [money.data, facts.data, sources.data, copy.data],
  );
}

export function useSourcesBundle() {
  const [sources, facts, quotes, claims, money, copy] = useSuspenseQueries({
    queries: [dataFileQuery('sources.json'), dataFileQuery('facts.json'), dataFileQuery('quotes.json'), dataFileQuery('claims.json'), dataFileQuery('money.json'), dataFileQuery('copy.en.json')],
  });
  return useMemo(
    () => buildSourcesBundle({ sources: sources.data, facts: facts.data, quotes: quotes.data, claims: claims.data, money: money.data, copy: copy.data }),
    [sources.data, facts.data, quotes.data, claims.data, money.data, copy.data],
  );
}

/** The header and footer need only the copy, the facts and the source list. */
export function usePageText() {
  const [facts, sources, copy] = useSuspenseQueries({
    queries: [dataFileQuery('facts.json'), dataFileQuery('sources.json'), dataFileQuery('copy.en.json')],
  });
  return useMemo(() => {
    const factMap = new Map(facts.data.facts.map((fact) => [fact.id, fact]));
    return { copy: copy.data, facts: factMap, updated: facts.data.updated, sources: sources.data.sources };
  }, [facts.data, sources.data, copy.data]);
}
