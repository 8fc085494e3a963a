/**
 * The data files as the build shipped them: each file's hash, when every cross-file check passed on the files in
 * public/data (vite.config.ts fills in `__VERIFIED_DATA__`; absent in tests and the prerender). No React, no zod:
 * the pages' small entry scripts use it to tell whether the prerendered HTML still shows the files on the host.
 */
declare const __VERIFIED_DATA__: Readonly<Record<string, string>> | undefined;
const SHIPPED_HASHES: Readonly<Record<string, string>> =
  typeof __VERIFIED_DATA__ === 'undefined' ? {} : __VERIFIED_DATA__;

/** A quick 53-bit hash of a file's text (cyrb53), as hex: not for security, only "is this the same file?". */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** A data file's address under the site root (so every page works under any sub-path). */
export const dataFileUrl = (file: string, root: URL | string): string => new URL(`data/${file}`, root).href;

/** Whether `text` is, byte for byte, the file `file` the build checked against the others. */
export const isShipped = (file: string, text: string): boolean =>
  Object.hasOwn(SHIPPED_HASHES, file) && SHIPPED_HASHES[file] === textHash(text);

/** How long a data file may take to arrive: the app's fetch (load.ts) and the check below alike. */
export const DATA_TIMEOUT_MS = 20_000;

/** The check under way, if any: the app's own first fetch calls it off (stopChangeCheck). */
let checking: AbortController | undefined;

/**
 * The app is fetching the data itself, so the check's answer no longer matters: stop its requests. A request of
 * the check's that hangs would otherwise hold one of the browser's six connections to the host (HTTP/1.1), and
 * the app's request for the same file would wait behind it.
 */
export function stopChangeCheck(): void {
  checking?.abort();
  checking = undefined;
}

/**
 * Whether any data file an edition's page shows differs from the one the build rendered it from (edited on the
 * host, missing, or never vouched for): then the page's app must run to show it, or its problem. The files are
 * fetched as the app fetches them, so the app later reads them from the browser's cache.
 *
 * A file that does not answer within the app's data timeout, or cannot be asked for (offline), is not counted as
 * changed: nothing newer can be shown from it, and starting the app for it would only repeat the hanging request
 * (once per embed on a blog with several) before saying so. The page stays as built until the reader acts; then
 * the app asks again and, if the file still fails, says which file.
 */
export async function dataChangedSinceBuild(root: URL, copyFile: string): Promise<boolean> {
  const files = Object.keys(SHIPPED_HASHES).filter((file) => !file.startsWith('copy.') || file === copyFile);
  if (!files.includes(copyFile)) return true;
  stopChangeCheck();
  const controller = new AbortController();
  checking = controller;
  const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  try {
    const changed = await Promise.all(
      files.map(async (file) => {
        try {
          const response = await fetch(dataFileUrl(file, root), {
            credentials: 'same-origin',
            signal: controller.signal,
          });
          // The host answered, and not with the file as built (an error status means it is missing).
          return !response.ok || !isShipped(file, await response.text());
        } catch {
          return false;
        }
      }),
    );
    return changed.includes(true);
  } finally {
    clearTimeout(timer);
    if (checking === controller) checking = undefined;
  }
}
