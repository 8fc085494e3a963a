import { DataError } from '../lib/data-error';

const MAX_ISSUES = 8;

/** The visible alert a section shows when its data cannot be used: which file, what is wrong, and Retry. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const dataError = error instanceof DataError ? error : null;
  const issues = dataError?.issues ?? [];
  return (
    <div role="alert" className="rounded-lg border-2 border-bad bg-bad-soft p-4 text-ink">
      <p className="font-semibold">This section could not load.</p>
      {dataError ? (
        <>
          <p className="mt-1">
            File: <code className="font-mono">{dataError.file}</code>
          </p>
          <p className="mt-1">{describe(dataError)}</p>
          {issues.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {issues.slice(0, MAX_ISSUES).map((issue, index) => (
                <li key={index}>
                  {issue.path ? <code className="font-mono">{issue.path}</code> : null}
                  {issue.path ? ': ' : null}
                  {issue.message}
                </li>
              ))}
              {issues.length > MAX_ISSUES ? <li>…and {issues.length - MAX_ISSUES} more problems</li> : null}
            </ul>
          )}
        </>
      ) : (
        <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
      )}
      <p className="mt-2 text-sm">The other sections are not affected.</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-md border border-ink bg-panel px-3 py-1.5 font-medium text-ink hover:bg-page"
      >
        Try again
      </button>
    </div>
  );
}

function describe(error: DataError): string {
  switch (error.kind) {
    case 'network':
      return 'The file could not be downloaded.';
    case 'json':
      return 'The file is not valid JSON.';
    case 'schema':
      return 'The file does not match the expected format:';
    case 'reference':
      return 'The file refers to something that does not exist:';
  }
}
