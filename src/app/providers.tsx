import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/**
 * The one QueryClient setup, for the app, the prerender (src/entry-server.tsx, which fills it with the files) and
 * the tests (tests/helpers/render.tsx). Each data file is one query (`dataFileQuery`, src/data/load.ts): fetched
 * once, never stale, kept while the page is open, and not retried (a broken file shows its alert at once, and
 * its section's Try again asks again).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false } },
  });
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
