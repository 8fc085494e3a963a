/** Locale-aware formatting of figures and dates with Intl. Pure functions, no React. */

import type { Locale } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat>();
/** One Intl.NumberFormat per locale and options (building one costs far more than using it). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * `$25 million`, `$574.8 billion`, `$50,120`; negative amounts keep their sign: `-$2.7 billion`.
 * `approximate` marks a computed figure (shown after "about"): it gets no more precision than the English
 * edition shows, so `约46亿美元` rather than `约45.63亿美元`.
 */
export function formatMoney(
  value: number,
  locale: Locale = 'en',
  { approximate = false }: { approximate?: boolean } = {},
): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (locale === 'zh-Hans') {
    // 万 (10⁴), 亿 (10⁸) and 万亿 as a mainland writer would (Intl's compact form, which rounds before it picks
    // the unit: never 10000万): 2500万美元, 45.63亿美元; an exact amount under a million keeps its digits,
    // grouped from five on (50,120美元, 3000美元).
    const digits = approximate ? 0 : abs >= 1e8 ? 2 : 1;
    if (abs >= 1e6)
      return `${sign}${numberFormat(locale, { notation: 'compact', maximumFractionDigits: digits, useGrouping: false }).format(abs)}美元`;
    return `${sign}${numberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'min2' }).format(abs)}美元`;
  }
  if (abs >= 1e6) {
    return `${sign}$${numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(abs)}`;
  }
  return `${sign}$${numberFormat(locale, { maximumFractionDigits: 0 }).format(abs)}`;
}

/** Short form for chart axes and labels: `$25M`, `$574.8B`. */
export function formatMoneyShort(
  value: number,
  locale: Locale = 'en',
  options: { approximate?: boolean } = {},
): string {
  if (locale === 'zh-Hans') return formatMoney(value, locale, options);
  const sign = value < 0 ? '-' : '';
  return `${sign}$${numberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }).format(Math.abs(value))}`;
}

/**
 * Counts: `800,000` in English; in Chinese, round counts of ten thousand or more in 万 (`80万`, `5.5万`, `3万`),
 * an exact count of ten thousand or more grouped (`117,044`: never `117044`, which a reader must count out), and
 * smaller ones without a separator (`1250`), as mainland papers print them.
 */
export function formatCount(value: number, locale: Locale = 'en', maximumFractionDigits = 0): string {
  if (locale === 'zh-Hans') {
    const abs = Math.abs(value);
    if (abs >= 1e4 && Number.isInteger(value) && value % 1000 === 0)
      return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, useGrouping: false }).format(value);
    return numberFormat(locale, { maximumFractionDigits, useGrouping: 'min2' }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

const SMALL_NUMBERS: Record<Locale, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  'zh-Hans': ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'],
};

/** A count in running text: whole numbers under ten as words (`four complaints`, `三名委员`), others as `formatCount`. */
export function formatCountInProse(value: number, locale: Locale = 'en'): string {
  return Number.isInteger(value) && value >= 0 && value < 10
    ? SMALL_NUMBERS[locale][value]!
    : formatCount(value, locale);
}

export type DurationUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
export function formatDuration(value: number, unit: DurationUnit, locale: Locale = 'en'): string {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2023-05-31` → `May 31, 2023` / `2023年5月31日`; `2023-05` → `May 2023` / `2023年5月`; `2023` → `2023` /
 * `2023年` (at the precision the record gives). These are CLDR's long date forms for the two editions, written
 * out here: the first Intl.DateTimeFormat a page builds costs tens of milliseconds (ICU start-up), on the load path.
 */
export function formatIsoDate(iso: string, locale: Locale = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const validMonth = month !== undefined && month >= 1 && month <= 12 ? month : undefined;
  const validDay = validMonth !== undefined && day !== undefined && day >= 1 && day <= 31 ? day : undefined;
  if (locale === 'zh-Hans')
    return `${year}年${validMonth !== undefined ? `${validMonth}月` : ''}${validDay !== undefined ? `${validDay}日` : ''}`;
  if (validMonth === undefined) return String(year);
  const name = MONTHS_EN[validMonth - 1]!;
  return validDay === undefined ? `${name} ${year}` : `${name} ${validDay}, ${year}`;
}

/**
 * A span between two dates in running text, without repeating a shared year: `June and August 2017` (after
 * "between") / `2017年6月至8月`; `January 2019 and March 2020` / `2019年1月至2020年3月`.
 */
export function formatIsoDateRange(from: string, to: string, locale: Locale = 'en'): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4) && from.length > 4 && to.length > 4;
  const start = formatIsoDate(from, locale);
  const end = formatIsoDate(to, locale);
  if (locale === 'zh-Hans') return `${start}至${sameYear ? end.slice(end.indexOf('年') + 1) : end}`;
  return `${sameYear ? start.replace(/,? \d{4}$/, '') : start} and ${end}`;
}

/** A fractional year for placing an ISO date of any precision on a time axis (mid-period for partial dates). */
export function isoDateToYear(iso: string): number {
  const [year = 0, month, day] = iso.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  const at =
    day === undefined ? (Date.UTC(year, month - 1) + Date.UTC(year, month)) / 2 : Date.UTC(year, month - 1, day);
  const start = Date.UTC(year, 0);
  return year + (at - start) / (Date.UTC(year + 1, 0) - start);
}

/**
 * Each edition's punctuation between parts of a text: `Reuters, May 31, 2023 (no address); …` /
 * `路透社，2023年5月31日（无网址）；…`. Chinese takes full-width marks and no spaces, and a work's title in book
 * title marks (《…》; English sets it in italics instead). A byline follows the title after a space (`Title by A`)
 * or a comma (`《标题》，作者：A`).
 */
export const PUNCTUATION = {
  en: {
    comma: ', ',
    list: '; ',
    colon: ': ',
    open: ' (',
    close: ')',
    stop: '. ',
    space: ' ',
    byline: ' ',
    span: ' – ',
    title: ['', ''],
  },
  'zh-Hans': {
    comma: '，',
    list: '；',
    colon: '：',
    open: '（',
    close: '）',
    stop: '。',
    space: '',
    byline: '，',
    span: '至',
    title: ['《', '》'],
  },
} as const satisfies Record<Locale, Record<string, string | readonly [string, string]>>;

/** A Chinese character or full-width mark: an em wide, and a line may break beside it without a space. */
export const WIDE_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** An aside in brackets, as each edition writes it: ` (from French)` / `（译自法语）`. */
export const parenthetical = (inner: string, locale: Locale = 'en'): string =>
  `${PUNCTUATION[locale].open}${inner}${PUNCTUATION[locale].close}`;

/** A label and its value as each edition writes them: `Money: $25 million` / `金额：2500万美元`. */
export const labelled = (term: string, value: string, locale: Locale = 'en'): string =>
  `${term}${PUNCTUATION[locale].colon}${value}`;

/** Items of a list in running text: `a; b` / `a；b`. */
export const listJoin = (items: readonly string[], locale: Locale = 'en'): string =>
  items.join(PUNCTUATION[locale].list);
