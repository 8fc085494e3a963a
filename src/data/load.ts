import { DataError, formatPath, type DataErrorKind } from '../lib/data-error';
import { siteRoot } from '../lib/site';
import { queryOptions } from '@tanstack/react-query';
import { type DataOf, DATA_FILES, type DataFileName } from './schemas';
import { DATA_TIMEOUT_MS, dataFileUrl, isShipped, stopChangeCheck } from './shipped';

const verified = new WeakSet<object>();

/** Whether this parsed file is, byte for byte, one the build checked against the others. */
export const isVerified = (file: unknown): boolean => typeof file === 'object' && file !== null && verified.has(file);

/**
 * The largest data file the app reads, in bytes: about 30 times the largest real one (a copy file, 65 KB). A file
 * far past it is the wrong file, or a runaway export; reading it would block the page for seconds, and its
 * schema check can overflow the stack (a list of a million objects did).
 */
export const MAX_DATA_BYTES = 2_000_000;

/** A problem with the whole file. */
const fileError = (file: string, kind: DataErrorKind, message: string, status?: number) =>
  new DataError(file, kind, [{ path: '', message }], status);

const tooLarge = (file: string, size: number) =>
  fileError(
    file,
    'size',
    `${(size / 1_000_000).toFixed(1)} MB; a data file may be up to ${MAX_DATA_BYTES / 1_000_000} MB`,
  );

/**
 * The text of a data file's bytes, which must be UTF-8: a file saved in another encoding (Windows-1252) would
 * otherwise show replacement characters (�) in place of the prerendered text, with no word of why.
 */
function decodeDataFile(file: string, bytes: ArrayBuffer): string {
  if (bytes.byteLength > MAX_DATA_BYTES) throw tooLarge(file, bytes.byteLength);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where: the line of the first byte that is not UTF-8 (decoded again, leniently, to find it).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    throw fileError(file, 'encoding', `bytes that are not UTF-8 on line ${line}`);
  }
}

/** Parse already-fetched text: JSON first, then the file's schema. Throws DataError naming file and path. */
export function parseDataFile<F extends DataFileName>(file: F, raw: string): DataOf<F> {
  // Characters, not bytes, here (a UTF-8 file has at least as many bytes as characters): fetchDataFile has
  // checked the bytes; this holds for text from anywhere else.
  if (raw.length > MAX_DATA_BYTES) throw tooLarge(file, raw.length);
  // A byte-order mark (some editors save one) is not part of the JSON: read the file without it.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (/^\s*</.test(text))
    throw fileError(
      file,
      'json',
      'the server sent a web page, not this JSON file (is the file missing on the host, or the address rewritten to a page?)',
    );
  let json: unknown;
  try {
    json = JSON.parse(text, (_key, value: unknown) => {
      // JSON has no infinities, but a number too large (1e999) parses as one.
      if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`a number too large: ${value}`);
      return value;
    });
  } catch (error) {
    throw fileError(file, 'json', error instanceof Error ? error.message : String(error));
  }
  let result;
  try {
    result = DATA_FILES[file].safeParse(json);
  } catch (error) {
    // zod's check recurses, and gathers a list's issues with a spread: a huge or deeply nested file can overflow
    // the stack (a RangeError that named no file).
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw fileError(file, 'schema', `too large or too deeply nested to check${detail}`);
  }
  if (!result.success) {
    throw new DataError(
      file,
      'schema',
      result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  // A file whose text the build checked against the others renders without loading the checks (model.ts).
  if (isShipped(file, text)) verified.add(result.data);
  return result.data as DataOf<F>;
}

export async function fetchDataFile<F extends DataFileName>(
  file: F,
  signal?: AbortSignal,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<DataOf<F>> {
  // The app asks for the data itself now: the page's check of the host's files (shipped.ts) has done its part.
  stopChangeCheck();
  // Aborts when the query's `signal` does, or after the timeout.
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(), timeoutMs);
  const stop = () => limit.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    response = await fetch(dataFileUrl(file, siteRoot()), { signal: limit.signal, credentials: 'same-origin' });
    // A file the server says is far too large is not downloaded at all (a compressed one is checked once read).
    const declared = Number(response.headers.get('Content-Length'));
    if (response.ok && declared > MAX_DATA_BYTES) {
      void response.body?.cancel();
      throw tooLarge(file, declared);
    }
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof DataError || signal?.aborted) throw error;
    const message = limit.signal.aborted
      ? `no answer from the server after ${Math.round(timeoutMs / 1000)} seconds`
      : error instanceof Error
        ? error.message
        : String(error);
    throw fileError(file, 'network', message);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  if (!response.ok) {
    throw fileError(file, 'network', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  }
  return parseDataFile(file, decodeDataFile(file, bytes));
}

/**
 * One query per data file (TanStack's queryOptions factory). How long it stays fresh, and that it is not retried,
 * are the client's defaults (createQueryClient, src/app/providers.tsx): the same for the app, the prerender and
 * the tests.
 */
export function dataFileQuery<F extends DataFileName>(file: F) {
  return queryOptions({
    queryKey: ['data', file] as const,
    queryFn: ({ signal }) => fetchDataFile(file, signal),
  });
}
