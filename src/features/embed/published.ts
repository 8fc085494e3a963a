/** What the build published beside the page for the Embed dialog: the versioned loader, and the pictures. */
import { useEffect, useState } from 'react';
import type { Locale } from '../../lib/locale';
import { siteRoot } from '../../lib/site';
import type { VersionedLoader, ViewPicture } from './snippets';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readLoader(json: unknown): VersionedLoader | undefined {
  if (!isRecord(json) || typeof json.file !== 'string' || typeof json.integrity !== 'string') return undefined;
  return /^embed\.v\d+\.[0-9a-f]+\.js$/.test(json.file) && /^sha384-[A-Za-z0-9+/=]+$/.test(json.integrity)
    ? { file: json.file, integrity: json.integrity }
    : undefined;
}

/** A picture's entry in a manifest, if it is well formed. */
function readPicture(picture: unknown): ViewPicture | undefined {
  if (!isRecord(picture)) return undefined;
  const { file, width, height, alt } = picture;
  if (typeof file !== 'string' || !/^pictures\/[\w.-]+\.png$/.test(file) || typeof alt !== 'string') return undefined;
  if (typeof width !== 'number' || typeof height !== 'number' || !(width > 0 && height > 0)) return undefined;
  return { file, width, height, alt };
}

const entry = (json: unknown, key: string): unknown =>
  isRecord(json) && Object.hasOwn(json, key) ? json[key] : undefined;

/**
 * What the build published beside the page, for the snippets: the versioned loader with its integrity hash, and
 * the picture of what was chosen (dist/pictures/email.json, drawn for a 600 px email column). Either may be missing
 * (the dev server builds neither): the snippets then do without.
 */
export function usePublished(locale: Locale, key: string): { loader?: VersionedLoader; picture?: ViewPicture } {
  const [files, setFiles] = useState<{ loader?: unknown; email?: unknown }>({});
  useEffect(() => {
    let live = true;
    const read = (path: string) =>
      fetch(new URL(path, siteRoot()).href)
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null);
    void Promise.all([read('embed-loader.json'), read('pictures/email.json')]).then(([loader, email]) => {
      if (live) setFiles({ loader, email });
    });
    return () => {
      live = false;
    };
  }, []);
  return { loader: readLoader(files.loader), picture: readPicture(entry(entry(files.email, locale), key)) };
}
