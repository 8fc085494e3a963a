/** What the build published beside the page for the Embed dialog: the versioned loader, and the pictures. */
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import type { Locale } from '../../lib/locale';
import { siteRoot } from '../../lib/site';
import type { VersionedLoader, ViewPicture } from './snippets';

const LOADER = z.object({
  file: z.string().check(z.regex(/^embed\.v\d+\.[0-9a-f]+\.js$/)),
  integrity: z.string().check(z.regex(/^sha384-[A-Za-z0-9+/=]+$/)),
});
const PICTURE = z.object({
  file: z.string().check(z.regex(/^pictures\/[\w.-]+\.png$/)),
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  alt: z.string(),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const entry = (json: unknown, key: string): unknown =>
  isRecord(json) && Object.hasOwn(json, key) ? json[key] : undefined;

/**
 * What the build published beside the page, for the snippets: the versioned loader with its integrity hash, and
 * the picture of what was chosen (dist/pictures/email.json, drawn for a 600 px email column). Either may be missing
 * or malformed (the dev server builds neither): the snippets then do without.
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
  return {
    loader: LOADER.safeParse(files.loader).data,
    picture: PICTURE.safeParse(entry(entry(files.email, locale), key)).data,
  };
}
