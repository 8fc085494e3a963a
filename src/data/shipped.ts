/**
 * The data files as the build shipped them: each file's hash, when every cross-file check passed on the files in
 * public/data (vite.config.ts fills in `__VERIFIED_DATA__`; absent in tests and the prerender). No React, no zod:
 * the pages' small entry scripts use it to tell whether the prerendered HTML still shows the files on the host.
 */
declare const __VERIFIED_DATA__: Readonly<Record<string, string>> | undefined;
export const SHIPPED_HASHES: Readonly<Record<string, string>> =
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

/**
 * Whether any data file an edition's page shows differs from the one the build rendered it from (edited on the
 * host, missing, or never vouched for): then the page's app must run to show it, or its problem. The files are
 * fetched as the app fetches them, so the app later reads them from the browser's cache.
 */
export async function dataChangedSinceBuild(root: URL, copyFile: string): Promise<boolean> {
  const files = Object.keys(SHIPPED_HASHES).filter((file) => !file.startsWith('copy.') || file === copyFile);
  if (!files.includes(copyFile)) return true;
  const same = await Promise.all(
    files.map(async (file) => {
      try {
        const response = await fetch(dataFileUrl(file, root), { credentials: 'same-origin' });
        return response.ok && isShipped(file, await response.text());
      } catch {
        return false;
      }
    }),
  );
  return same.includes(false);
}
