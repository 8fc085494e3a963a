import type { QueryClient } from '@tanstack/react-query';
import { render, waitFor, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../src/app/providers';
import { ReadyMarker } from '../../src/app/ready-marker';
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

/** A fresh QueryClient per test (TanStack's testing guide), set up as the app's (retries off). */
export function renderWithClient(ui: ReactElement): RenderResult & { client: QueryClient } {
  const client = createQueryClient();
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
  /**
   * What to wait for before returning. By default, the state the page's sections are marked `data-ready` in: every
   * lazy chunk and data file under the section's boundary has loaded and its content is committed (or, when the
   * test provokes an error, the boundary shows its alert). `false` returns at once, with the loading state on screen.
   */
  ready?: (() => Promise<unknown>) | false;
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
      <div id={SECTION_UNDER_TEST}>
        <SectionBoundary>
          {ui}
          <ReadyMarker id={SECTION_UNDER_TEST} />
        </SectionBoundary>
      </div>
    </LocaleProvider>,
  );
  if (ready) await ready();
  else if (ready === undefined) await sectionSettled();
  return { user, served, ...result };
}

/** The element renderSection marks `data-ready`, as the page marks its sections (src/app/ready-marker.tsx). */
const SECTION_UNDER_TEST = 'section-under-test';

/**
 * Wait until the rendered section is ready (its marker, a sibling inside the same Suspense boundary, commits only
 * once everything under the boundary has loaded) or its boundary shows an error. The timeout is the upper bound of
 * a state wait, as in setup-dom.ts: a section's two lazy chunks and its data files on a machine busy with others.
 */
export function sectionSettled(): Promise<void> {
  return waitFor(() => {
    const host = document.getElementById(SECTION_UNDER_TEST);
    if (!host?.hasAttribute('data-ready') && !host?.querySelector('[role="alert"]'))
      throw new Error('the section is still loading');
  });
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
