import { DataError } from '../lib/data-error';
import { ChunkLoadError } from '../lib/lazy-once';
import { PUNCTUATION } from '../lib/format';
import { useLocale } from '../lib/locale';
import { UI } from '../lib/chrome-strings';

const MAX_ISSUES = 8;

/**
 * The visible alert a section shows when its data cannot be used: which file, what is wrong, and Retry; and, when
 * the page knows it to be true, that the other sections are not affected.
 */
export function ErrorPanel({
  error,
  onRetry,
  othersUnaffected,
}: {
  error: unknown;
  onRetry: () => void;
  othersUnaffected?: boolean;
}) {
  const locale = useLocale();
  const ui = UI[locale].error;
  const { colon } = PUNCTUATION[locale];
  const dataError = error instanceof DataError ? error : null;
  const issues = dataError?.issues ?? [];
  return (
    <div role="alert" className="rounded-lg border-2 border-bad bg-bad-soft p-4 text-ink">
      <p className="font-semibold">{ui.title}</p>
      {dataError ? (
        <>
          <p className="mt-1">
            {ui.file}
            {colon}
            <code className="font-mono">{dataError.file}</code>
          </p>
          <p className="mt-1">{ui[dataError.kind]}</p>
          {issues.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {issues.slice(0, MAX_ISSUES).map((issue, index) => (
                <li key={index}>
                  {issue.path ? <code className="font-mono">{issue.path}</code> : null}
                  {issue.path ? colon : null}
                  {issue.message}
                </li>
              ))}
              {issues.length > MAX_ISSUES ? <li>{ui.more(issues.length - MAX_ISSUES)}</li> : null}
            </ul>
          )}
        </>
      ) : error instanceof ChunkLoadError ? (
        <p className="mt-1">
          {ui.code} <a href={window.location.href}>{ui.reload}</a>
        </p>
      ) : (
        <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
      )}
      {othersUnaffected ? <p className="mt-2 text-sm">{ui.others}</p> : null}
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-md border border-ink bg-panel px-3 py-1.5 font-medium text-ink hover:bg-page"
      >
        {ui.retry}
      </button>
    </div>
  );
}
