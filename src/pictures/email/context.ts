/**
 * What every email picture of one edition shares: the edition's data and copy, and what its footer says (the
 * publisher, the explainer's title, the last-updated date, and the site's address when SITE_URL is set).
 */
import { buildPageText } from '../../data/checked';
import { type Files, COPY_FILES } from '../../data/schemas';
import { parseDataFile } from '../../data/load';
import { formatIsoDate } from '../../lib/format';
import type { Locale } from '../../lib/locales';
import { publisherFrom, publisherName } from '../../lib/publisher';
import { loadEdition, type Edition, type ReadDataText } from '../edition';

export type Env = Record<string, string | undefined>;

export interface EmailContext {
  edition: Edition;
  locale: Locale;
  /** The publisher's name (the edition's placeholder words when PUBLISHER is unset, as the page's date line). */
  publisher: string;
  /** The explainer's title. */
  title: string;
  /** `Updated December 7, 2026` / `2026年12月7日更新`. */
  updated: string;
  /** `example.org/news/amazon/`: SITE_URL without its scheme, or null when SITE_URL is unset. */
  address: string | null;
}

/** SITE_URL as a reader types it: host and path, no scheme (scripts/prerender.mjs reads SITE_URL the same way). */
export function siteAddress(env: Env): string | null {
  const raw = env.SITE_URL?.trim();
  if (!raw) return null;
  const url = new URL(raw.replace(/\/?$/, '/'));
  return `${url.host}${url.pathname}`;
}

export function emailContext(files: Omit<Files, 'copy'>, read: ReadDataText, locale: Locale, env: Env): EmailContext {
  const edition = loadEdition(files, read, locale);
  const { t } = edition.text;
  const copyName = COPY_FILES[locale];
  const page = buildPageText({ ...files, copy: parseDataFile(copyName, read(copyName)), copyName, locale });
  const publisher = publisherFrom(env);
  return {
    edition,
    locale,
    publisher: publisherName(publisher, t('header.dateline.unsetPublisher')),
    title: t('header.title'),
    updated: t('header.dateline.updated', { date: formatIsoDate(page.lastUpdated, locale) }),
    address: siteAddress(env),
  };
}
