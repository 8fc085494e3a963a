import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import { SectionBoundary } from '../../src/components/section-boundary';
import { LocaleProvider, type Locale } from '../../src/lib/locale';
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
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost/',
    );
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

export interface RenderSectionOptions {
  /** The page's address before rendering (`?alexa-step=3#alexa`). */
  url?: string;
  /** The edition; English by default. */
  locale?: Locale;
  /** Data files to serve differently (see `serveData`). */
  data?: Partial<Record<DataFileName, FileOverride>>;
  /** Wait for this element before returning (the section's content has loaded). */
  ready?: () => Promise<unknown>;
  /** The test provokes a data error on purpose: keep React's error-boundary report out of the output. */
  expectErrors?: boolean;
}

/**
 * Render a section as a reader meets it: at an address, in an edition, with the data served (or broken) as
 * given, inside the page's error boundary; wait until it has loaded. Returns a userEvent session for the reader's
 * clicks and keys, and the data stub (to "fix" a file before Retry, or count requests).
 */
export async function renderSection(
  ui: ReactElement,
  { url = '', locale = 'en', data = {}, ready, expectErrors = false }: RenderSectionOptions = {},
) {
  window.history.replaceState(null, '', `/${url.replace(/^\//, '')}`);
  const served = serveData(data);
  if (expectErrors) quietErrorReports();
  const user = userEvent.setup();
  const result = renderWithClient(
    <LocaleProvider initial={locale}>
      <SectionBoundary>{ui}</SectionBoundary>
    </LocaleProvider>,
  );
  if (ready) await ready();
  return { user, served, ...result };
}

/** Silence the console.error reports React and the data layer make for errors a test provokes on purpose. */
export function quietErrorReports(): void {
  const original = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/DataError|The above error occurred|error boundary|Consider adding an error boundary/i.test(text)) return;
    original(...args);
  });
}

/** Capture what a download would save: the Blob and the file name (jsdom has no object URLs or downloads). */
export function captureDownloads(): Array<{ name: string; blob: Blob }> {
  const saved: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | undefined;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => ((last = blob), 'blob:test'),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}
