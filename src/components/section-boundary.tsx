import { useQueryClient } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { DataError } from '../lib/data-error';
import { ChunkLoadError } from '../lib/lazy-once';
import { useLocale } from '../lib/locale';
import { UI } from '../lib/chrome-strings';
import { ErrorPanel } from './error-panel';

interface BoundaryProps {
  children: ReactNode;
  onReset: (error: unknown) => void;
  othersUnaffected?: (error: unknown) => boolean;
}

class ErrorBoundary extends Component<BoundaryProps, { error: unknown; hasError: boolean }> {
  override state = { error: null as unknown, hasError: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, hasError: true };
  }

  private readonly retry = () => {
    this.props.onReset(this.state.error);
    this.setState({ error: null, hasError: false });
  };

  override render() {
    if (this.state.hasError)
      return (
        <ErrorPanel
          error={this.state.error}
          onRetry={this.retry}
          othersUnaffected={this.props.othersUnaffected?.(this.state.error)}
        />
      );
    return this.props.children;
  }
}

/**
 * Each section loads its own data behind its own boundary: while loading it says so, and if a file is broken
 * it shows that file's alert with Retry while the other sections keep working. `othersUnaffected` tells whether
 * the alert may say so (the page knows which sections share a file; an embed shows one section).
 */
export function SectionBoundary({ children, othersUnaffected }: Omit<BoundaryProps, 'onReset'>) {
  const loading = UI[useLocale()].loading;
  const queryClient = useQueryClient();
  const reset = (error: unknown) => {
    // Code that failed to download is asked for again only now, when the reader presses Retry.
    if (error instanceof ChunkLoadError) error.retry();
    const file = error instanceof DataError ? error.file : undefined;
    // The broken file's own query (['data', file]); for any other error, every data query (the checks' code too).
    void queryClient.resetQueries({
      predicate: ({ queryKey }) => queryKey[0] === 'data' && (file === undefined || queryKey[1] === file),
    });
  };
  return (
    <ErrorBoundary onReset={reset} othersUnaffected={othersUnaffected}>
      <Suspense
        fallback={
          <p role="status" data-loading="" className="min-h-24 text-muted">
            {loading}
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
