/**
 * One edition's data for the pictures, parsed and checked exactly as the sections check it (checkedSection): a
 * broken or inconsistent file stops the build here, naming the file and the field, rather than drawing a wrong
 * figure. Every text in a picture comes from this: copy templates filled with facts, and figures from the facts.
 */
import { checkedSection } from '../data/checked';
import { numberOf } from '../data/derived';
import { KEY_OF, type Files, COPY_FILES, type CaseId, type DataFileName, type Verdict } from '../data/schemas';
import { parseDataFile } from '../data/load';
import { logDates, type Loaded, type SectionData } from '../data/model';
import { makeTextApi, type CopyApi } from '../data/text';
import { verdictOf } from '../features/sources/summaries';
import { formatIsoDate, formatMoney } from '../lib/format';
import type { Locale } from '../lib/locales';
import { publisherFrom, publisherName } from '../lib/publisher';

export type ReadDataText = (file: DataFileName) => string;
export type Env = Record<string, string | undefined>;

export interface Edition {
  locale: Locale;
  /** The money section's data: facts, sources, money.json and the figures derived from it. */
  money: SectionData;
  /** The sources section's: articles, claims, quotes. */
  sources: SectionData;
  cases: Record<CaseId, SectionData>;
  /** The edition's copy, filled with facts and derived figures. */
  text: CopyApi;
  /**
   * What an email picture's footer says: `Publisher · Title` (the edition's placeholder words when PUBLISHER is
   * unset, as the page's date line) and `Updated December 7, 2026 · example.org/news/amazon/` (SITE_URL as a
   * reader types it, as scripts/prerender.mjs reads it; no address when SITE_URL is unset).
   */
  footer: [string, string];
}

/** Parse every data file once; the two editions share all but their copy. */
export function parseFiles(read: ReadDataText): Omit<Files, 'copy'> {
  const entries = (Object.keys(KEY_OF) as Array<keyof typeof KEY_OF>).map((file) => [
    KEY_OF[file],
    parseDataFile(file, read(file)),
  ]);
  return Object.fromEntries(entries) as Omit<Files, 'copy'>;
}

export function loadEdition(files: Omit<Files, 'copy'>, read: ReadDataText, locale: Locale, env: Env = {}): Edition {
  const copyName = COPY_FILES[locale];
  const loaded: Loaded = { ...files, copy: parseDataFile(copyName, read(copyName)), copyName, locale };
  const money = checkedSection('money', loaded);
  const text = makeTextApi(money);
  const { t } = text;
  const updated = t('header.dateline.updated', { date: formatIsoDate(logDates(files.updates).updated ?? '', locale) });
  const site = env.SITE_URL?.trim();
  const url = site ? new URL(site.replace(/\/?$/, '/')) : null;
  return {
    locale,
    money,
    sources: checkedSection('sources', loaded),
    cases: {
      alexa: checkedSection('case', loaded, { case: 'alexa' }),
      ring: checkedSection('case', loaded, { case: 'ring' }),
    },
    text,
    footer: [
      `${publisherName(publisherFrom(env), t('header.dateline.unsetPublisher'))} · ${t('header.title')}`,
      url ? `${updated} · ${url.host}${url.pathname}` : updated,
    ],
  };
}

/** A case as cases.json describes it, with its sum in words. */
export function caseOf(edition: Edition, caseId: CaseId) {
  const { cases, facts } = edition.cases[caseId];
  const found = cases!.cases.find((entry) => entry.id === caseId)!;
  return { ...found, amount: formatMoney(numberOf(facts, found.moneyFactId), edition.locale) };
}

/** How many reports, every article against every claim, get this verdict. */
export function verdictCount({ sources }: Edition, verdict: Verdict): number {
  const claims = [...(sources.claims?.values() ?? [])];
  return claims.reduce(
    (sum, claim) => sum + sources.articles.filter((article) => verdictOf(claim, article.id) === verdict).length,
    0,
  );
}
