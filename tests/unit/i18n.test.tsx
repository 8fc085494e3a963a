import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExplainerPage } from '../../src/app/explainer-page';
import { hrefForLocale } from '../../src/app/language-switch';
import { copyKeys, copyAt, templateTokens } from '../../src/data/copy';
import { formatCount, formatCountInProse, formatIsoDate, formatIsoDateRange, formatMoney } from '../../src/lib/format';
import { LocaleProvider, detectLocale, parseLocale } from '../../src/lib/locale';
import { UI } from '../../src/lib/chrome-strings';
import { DIALOG } from '../../src/features/embed/dialog-strings';
import { loadDataFile } from '../helpers/data-files';
import { renderWithClient, serveData } from '../helpers/render';

/** Keys of a nested object, functions counted as leaves (for the UI strings). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => shape(child, prefix ? `${prefix}.${key}` : key));
}

describe('the two editions are complete', () => {
  const en = loadDataFile('copy.en.json');
  const zh = loadDataFile('copy.zh-Hans.json');

  it('has every copy string in both editions, and no extra one', () => {
    expect(copyKeys(zh).sort()).toEqual(copyKeys(en).sort());
  });

  it('uses the same placeholders in both editions, so no figure goes missing', () => {
    for (const key of copyKeys(en)) {
      expect(templateTokens(copyAt(zh, key) ?? '').sort(), key).toEqual(templateTokens(copyAt(en, key) ?? '').sort());
    }
  });

  it('leaves no Chinese string in English or empty', () => {
    for (const key of copyKeys(zh)) {
      const text = copyAt(zh, key) ?? '';
      expect(text.trim(), key).not.toBe('');
    }
    // Spot checks that the Chinese edition is Chinese.
    expect(copyAt(zh, 'glossary.civil-penalty.term')).toMatch(/民事罚款/);
    expect(copyAt(zh, 'glossary.coppa.definition')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has the same UI strings in both editions', () => {
    expect(shape(UI['zh-Hans']).sort()).toEqual(shape(UI.en).sort());
    expect(shape(DIALOG['zh-Hans']).sort()).toEqual(shape(DIALOG.en).sort());
  });

  it('translates every quote into the other edition’s language', () => {
    const { quotes } = loadDataFile('quotes.json');
    const { sources } = loadDataFile('sources.json');
    const language = new Map(sources.map((source) => [source.id, source.language]));
    for (const quote of quotes) {
      const other = language.get(quote.sourceId) === 'zh-Hans' ? 'en' : 'zh-Hans';
      expect(quote.translations?.[other], quote.id).toBeTruthy();
    }
  });
});

describe('choosing the edition', () => {
  it('reads ?lang= first, then the browser’s languages, and falls back to English', () => {
    expect(detectLocale('?lang=zh-Hans')).toBe('zh-Hans');
    expect(detectLocale('?lang=en', ['zh-CN'])).toBe('en');
    expect(detectLocale('?lang=klingon', ['zh-CN'])).toBe('en');
    expect(detectLocale('', ['fr-FR', 'zh-CN'])).toBe('zh-Hans');
    expect(detectLocale('', ['en-GB'])).toBe('en');
    expect(detectLocale('', ['fr'])).toBe('en');
    expect(parseLocale('<script>')).toBeNull();
  });

  it('switches edition with a relative link to the other edition’s page that keeps the section and its state', () => {
    expect(hrefForLocale('https://x.example/a/?ring-step=4#ring', 'zh-Hans', 'en')).toBe('zh-Hans/?ring-step=4#ring');
    expect(hrefForLocale('https://x.example/a/zh-Hans/?lang=zh-Hans&source=diw#sources', 'en', 'zh-Hans')).toBe(
      '../?source=diw#sources',
    );
    expect(hrefForLocale('https://x.example/a/', 'en', 'en')).toBe('./');
    // A page served at a path starting with // cannot turn the link into another host.
    expect(hrefForLocale('https://x.example//evil.example/', 'zh-Hans', 'en')).toBe('zh-Hans/');
  });
});

describe('Chinese formats', () => {
  it('writes money in 万 and 亿, exactly below a million', () => {
    // No thousands separators in 万 and 亿, as mainland writers (and the articles quoted) write them: 2500万, not
    // 2,500万. An exact amount of five digits or more is grouped (50,120美元), never a bare 50120.
    expect(formatMoney(25_000_000, 'zh-Hans')).toBe('2500万美元');
    expect(formatMoney(5_800_000, 'zh-Hans')).toBe('580万美元');
    expect(formatMoney(30_800_000, 'zh-Hans')).toBe('3080万美元');
    expect(formatMoney(50_120, 'zh-Hans')).toBe('50,120美元');
    expect(formatMoney(839_000_000, 'zh-Hans')).toBe('8.39亿美元');
    expect(formatMoney(574_800_000_000, 'zh-Hans')).toBe('5748亿美元');
    // Rounded before the unit is chosen: never 10000万 or 10000亿.
    expect(formatMoney(99_999_999, 'zh-Hans')).toBe('1亿美元');
    expect(formatMoney(99_995_000, 'zh-Hans', { approximate: true })).toBe('1亿美元');
    expect(formatMoney(1_200_000_000_000, 'zh-Hans')).toBe('1.2万亿美元');
    expect(formatCount(100_000_000, 'zh-Hans')).toBe('1亿');
    expect(formatMoney(25_000_000, 'en')).toBe('$25 million');
  });

  it('gives a computed figure no false precision: 约46亿美元, not 约45.63亿美元', () => {
    expect(formatMoney(4_562_500_000, 'zh-Hans', { approximate: true })).toBe('46亿美元');
    expect(formatMoney(40_096_000_000, 'zh-Hans', { approximate: true })).toBe('401亿美元');
    expect(formatMoney(4_562_500_000, 'en', { approximate: true })).toBe('$4.6 billion');
    expect(formatMoney(4_562_500_000, 'zh-Hans')).toBe('45.63亿美元');
  });

  it('writes counts in 万 where a writer would, and small counts in words in running text', () => {
    expect(formatCount(800_000, 'zh-Hans')).toBe('80万');
    expect(formatCount(30_000, 'zh-Hans')).toBe('3万');
    expect(formatCount(55_000, 'zh-Hans')).toBe('5.5万');
    expect(formatCount(117_044, 'zh-Hans')).toBe('117,044');
    expect(formatMoney(50_120, 'zh-Hans')).toBe('50,120美元');
    expect(formatMoney(3_000, 'zh-Hans')).toBe('3000美元');
    expect(formatCount(1_250, 'zh-Hans')).toBe('1250');
    expect(formatCount(800_000, 'en')).toBe('800,000');
    expect(formatCountInProse(3, 'en')).toBe('three');
    expect(formatCountInProse(4, 'zh-Hans')).toBe('四');
    expect(formatCountInProse(81, 'en')).toBe('81');
  });

  it('writes a span of dates without repeating the year', () => {
    expect(formatIsoDateRange('2017-06', '2017-08', 'en')).toBe('June and August 2017');
    expect(formatIsoDateRange('2017-06', '2017-08', 'zh-Hans')).toBe('2017年6月至8月');
    expect(formatIsoDateRange('2019-01', '2020-03', 'en')).toBe('January 2019 and March 2020');
    expect(formatIsoDateRange('2019-01', '2020-03', 'zh-Hans')).toBe('2019年1月至2020年3月');
  });

  it('writes dates the Chinese way, at the precision the record gives', () => {
    expect(formatIsoDate('2023-05-31', 'zh-Hans')).toBe('2023年5月31日');
    expect(formatIsoDate('2018-02', 'zh-Hans')).toBe('2018年2月');
    expect(formatIsoDate('2023-05-31', 'en')).toBe('May 31, 2023');
  });

  it('writes every date exactly as Intl would (the long forms are written out to keep Intl off the load path)', () => {
    const intl = (iso: string, locale: string) => {
      const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
      const options: Intl.DateTimeFormatOptions = {
        year: 'numeric',
        timeZone: 'UTC',
        ...(month ? { month: 'long' } : {}),
        ...(day ? { day: 'numeric' } : {}),
      };
      return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
    };
    const dates = ['2017', '2024'];
    for (let month = 1; month <= 12; month += 1) {
      const mm = String(month).padStart(2, '0');
      dates.push(`2019-${mm}`, `2023-${mm}-01`, `2020-${mm}-28`);
    }
    for (const locale of ['en', 'zh-Hans'] as const) {
      for (const iso of dates) expect(formatIsoDate(iso, locale), `${iso} ${locale}`).toBe(intl(iso, locale));
    }
  });
});

describe('the page in Chinese', () => {
  it('shows Chinese headings, figures, controls and translations, by role and name', async () => {
    serveData();
    window.history.replaceState(null, '', '/?lang=zh-Hans&ring-step=2#ring');
    renderWithClient(
      <LocaleProvider initial="zh-Hans">
        <ExplainerPage />
      </LocaleProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: UI['zh-Hans'].siteTitle })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Alexa 案：儿童的声音' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '嵌入“Ring 案：谁在观看”' })).toBeInTheDocument();
    const languages = screen.getByRole('navigation', { name: '语言' });
    expect(within(languages).getByRole('link', { name: 'English' })).toHaveAttribute('href', '../?ring-step=2#ring');
    expect(within(languages).getByRole('link', { name: '简体中文' })).toHaveAttribute('aria-current', 'true');

    await waitFor(() => expect(screen.queryAllByRole('status')).toHaveLength(0), { timeout: 10_000 });
    expect(document.getElementById('penalties')).toHaveAttribute('lang', 'zh-Hans');
    // Figures formatted for Chinese readers, from the facts.
    expect(document.getElementById('penalties')).toHaveTextContent('3080万美元');
    // English quotes get a Chinese translation beside them; the Chinese article's quotes do not need one.
    const sources = document.getElementById('sources')!;
    const english = [...sources.querySelectorAll('blockquote[lang="en"]')];
    expect(english.length).toBeGreaterThan(20);
    expect(english[0]!.closest('figure, li, div')).toHaveTextContent(/本解读译文/);
    // No copy key or placeholder leaked through untranslated.
    expect(document.body.textContent).not.toMatch(/\{[a-zA-Z0-9-]+\}/);
    expect(document.body.textContent).not.toMatch(/\b(cases|penalties|claims|quoteViewer|caseView|charts)\.[a-z]/);
  });
});
