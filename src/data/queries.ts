import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import type { DataFileName } from './schemas';

/** One query per data file (TanStack's queryOptions factory): fetched once, never stale. */
export function dataFileQuery<F extends DataFileName>(file: F) {
  return queryOptions({
    queryKey: ['data', file] as const,
    queryFn: ({ signal }) => fetchDataFile(file, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
