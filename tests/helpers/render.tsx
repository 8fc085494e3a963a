import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import type { DataFileName } from '../../src/data/schemas';
import { readDataText } from './data-files';

export type FileOverride = string | { status: number; body?: string };

/**
 * Serve public/data through a stubbed fetch. `overrides` replaces one file's body (malformed JSON, a schema
 * violation) or answers with an HTTP status (a missing file). Returns the stub so tests can count requests.
 */
export function serveData(overrides: Partial<Record<DataFileName, FileOverride>> = {}) {
  const current = { ...overrides };
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost/');
    const file = url.pathname.split('/').pop() as DataFileName;
    const override = current[file];
    if (typeof override === 'object') return new Response(override.body ?? 'Not found', { status: override.status });
    if (typeof override === 'string') return new Response(override, { status: 200 });
    try {
      return new Response(readDataText(file), { status: 200, headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetchStub);
  return {
    fetchStub,
    /** Change what a file serves from now on (e.g. "fix" it before pressing Retry). */
    set(file: DataFileName, override: FileOverride | undefined) {
      if (override === undefined) delete current[file];
      else current[file] = override;
    },
  };
}

/** A fresh QueryClient per test, with retries off (TanStack's testing guide). */
export function renderWithClient(ui: ReactElement): RenderResult & { client: QueryClient } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(<AppProviders client={client}>{ui}</AppProviders>);
  return { ...result, client };
}
