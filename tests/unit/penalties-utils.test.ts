import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/charts/csv-export';
import type { Fact } from '../../src/data/schemas';
import {
  BREAKDOWN_COLUMNS,
  breakdownRecord,
  breakdownTotalRecord,
  COPPA_COLUMNS,
  coppaRecord,
} from '../../src/features/penalties/csv';
import { fileBase, sourceLine } from '../../src/features/penalties/figure-sources';
import { highlightedRank, ordinalCategory, rankedCoppaPenalties } from '../../src/features/penalties/ranking';
import {
  breakdownSeries,
  ceilingSeries,
  claimRatio,
  formatTime,
  gridPath,
  timeToEarnSeries,
} from '../../src/features/penalties/series';
import { loadAllData } from '../helpers/data-files';

const data = loadAllData();
const factMap = (facts: readonly Fact[] = data.facts.facts) => new Map(facts.map((fact) => [fact.id, fact]));
const withFacts = (changes: Record<string, number>) =>
  factMap(
    data.facts.facts.map((fact) =>
      fact.id in changes && fact.kind !== 'date' ? { ...fact, value: changes[fact.id]! } : fact,
    ) as Fact[],
  );
const value = (id: string) => {
  const fact = factMap().get(id);
  if (!fact || fact.kind === 'date') throw new Error(id);
  return fact.value;
};

describe('the breakdown series', () => {
  it('keeps the two payments apart, each with its kind and recipient, and adds what was paid out', () => {
    const series = breakdownSeries(data.money, factMap());
    expect(series.rows.map((row) => [row.id, row.type, row.kind, row.recipient, row.amount])).toEqual([
      ['alexa-penalty', 'payment', 'civil-penalty', 'united-states', value('alexa-penalty')],
      ['ring-refunds', 'payment', 'refunds', 'ring-customers', value('ring-refund-amount')],
      ['ring-refunds-paid-out', 'paid-out', 'refunds', 'ring-customers', value('ring-refunds-paid')],
    ]);
    expect(series.rows[2]).toMatchObject({ people: 117_044, date: '2024-04-23', atLeast: true });
    expect(series.total).toBe(30_800_000);
  });

  it('makes a CSV with clear headers and units', () => {
    // The chart's rows' records, then its total rule's (breakdown-chart.tsx).
    const series = breakdownSeries(data.money, factMap());
    const csv = toCsv([...series.rows.map(breakdownRecord), breakdownTotalRecord(series)], BREAKDOWN_COLUMNS);
    expect(csv).toBe(
      [
        'item,case,kind,recipient,amount_usd,amount_is_minimum,people,date',
        'alexa-penalty,alexa,civil-penalty,united-states,25000000,no,,',
        'ring-refunds,ring,refunds,ring-customers,5800000,no,,',
        'ring-refunds-paid-out,ring,refunds-paid-out,ring-customers,5600000,yes,117044,2024-04-23',
        'total-of-two-kinds,both,sum-of-different-kinds,,30800000,no,,',
        '',
      ].join('\n'),
    );
  });
});

describe('minutes of revenue', () => {
  it('gives about 23 minutes of 2023 sales for $25M, 28 for $30.8M, and about 7.2 hours of 2023 profit', () => {
    const series = timeToEarnSeries(data.money, factMap());
    const byId = new Map(series.rows.map((row) => [row.id, row]));
    expect(series.year).toBe(2023);
    expect(Math.round(byId.get('alexa-penalty')!.minutes)).toBe(23);
    expect(Math.round(byId.get('total')!.minutes)).toBe(28);
    expect(Math.round(byId.get('ring-refunds')!.minutes)).toBe(5);
    expect(byId.get('alexa-penalty')!.hours).toBeCloseTo(7.2, 1);
    // 25M / (574.8B / 525,600 minutes) exactly:
    expect(byId.get('alexa-penalty')!.minutes).toBeCloseTo(25e6 / (574.8e9 / 525_600), 6);
  });

  it('puts the "two days" claim at 2,880 minutes (48 hours): about 126 times the 23 minutes it took', () => {
    const series = timeToEarnSeries(data.money, factMap());
    expect(series.claim.minutes).toBe(2880);
    expect(series.claim.hours).toBe(48);
    expect(series.claim.amount).toBeCloseTo((574.8e9 * 2) / 365, 0);
    expect(Math.round(claimRatio(series, 'sales', 'alexa-penalty')!)).toBe(126);
    expect(Math.round(claimRatio(series, 'income', 'alexa-penalty')!)).toBe(7);
  });

  it('follows the facts: double the sales, half the minutes; a loss year has no hours', () => {
    const doubled = timeToEarnSeries(data.money, withFacts({ 'amazon-net-sales-2023': 2 * 574.8e9 }));
    expect(Math.round(doubled.rows.find((row) => row.id === 'alexa-penalty')!.minutes * 10) / 10).toBeCloseTo(11.4, 1);
    const loss = timeToEarnSeries(data.money, withFacts({ 'amazon-net-income-2023': -1e9 }));
    expect(loss.rows.every((row) => row.hours === null)).toBe(true);
    expect(loss.claim.hours).toBeNull();
    expect(claimRatio(loss, 'income', 'alexa-penalty')).toBeNull();
  });

  it('formats short time labels with Intl', () => {
    expect(formatTime(22.86, 'sales', 'en')).toBe('23 min');
    expect(formatTime(7.2, 'income', 'en')).toBe('7.2 hr');
    expect(formatTime(2880, 'sales', 'zh-Hans')).toBe('2880分钟');
    expect(formatTime(2880, 'sales', 'en')).toBe('2,880 min');
  });
});

describe('ranks', () => {
  it('ranks the COPPA penalties largest first, Amazon third after Epic Games and Google/YouTube', () => {
    const ranked = rankedCoppaPenalties(data.money, factMap());
    expect(ranked.map((row) => [row.company, row.amount, row.rank])).toEqual([
      ['Epic Games', 275e6, 1],
      ['Google/YouTube', 170e6, 2],
      ['Amazon', 25e6, 3],
      ['Microsoft', 20e6, 4],
      ['HoYoverse/Cognosphere', 20e6, 4],
      ['Disney', 10e6, 6],
      ['Musical.ly (now TikTok)', 5.7e6, 7],
    ]);
    const highlight = highlightedRank(ranked)!;
    expect(highlight.entry.rank).toBe(3);
    expect(highlight.above.map((row) => row.company)).toEqual(['Epic Games', 'Google/YouTube']);
  });

  it('re-ranks when a fact changes, and ties share a rank', () => {
    const bigger = rankedCoppaPenalties(data.money, withFacts({ 'alexa-penalty': 200e6 }));
    expect(bigger.find((row) => row.highlight)!.rank).toBe(2);
    const tied = rankedCoppaPenalties(data.money, withFacts({ 'coppa-microsoft-amount': 25e6 }));
    expect(
      tied
        .filter((row) => row.rank === 3)
        .map((row) => row.company)
        .sort(),
    ).toEqual(['Amazon', 'Microsoft']);
    expect(tied.at(-1)!.rank).toBe(7);
  });

  it('names the companies as a reader of the edition would', () => {
    const zh = rankedCoppaPenalties(data.money, factMap(), 'zh-Hans');
    expect(zh.map((row) => row.company)).toEqual([
      'Epic Games',
      '谷歌/YouTube',
      '亚马逊',
      '微软',
      'HoYoverse/Cognosphere（米哈游海外发行商）',
      '迪士尼',
      'Musical.ly（现 TikTok）',
    ]);
  });

  it('picks the English ordinal form', () => {
    expect([1, 2, 3, 4, 11, 22].map((n) => ordinalCategory(n, 'en'))).toEqual([
      'one',
      'two',
      'few',
      'other',
      'other',
      'two',
    ]);
  });

  it('makes the ranked CSV', () => {
    const rows = rankedCoppaPenalties(data.money, factMap()).map(coppaRecord);
    expect(toCsv(rows, COPPA_COLUMNS).split('\n').slice(0, 4)).toEqual([
      'rank,company,product,amount_usd,date',
      '1,Epic Games,Fortnite,275000000,2022-12-19',
      '2,Google/YouTube,YouTube,170000000,2019-09-04',
      '3,Amazon,Alexa,25000000,2023-05-31',
    ]);
  });
});

describe('the ceiling, as an illustration', () => {
  it('multiplies the 2023 per-violation maximum by the child profiles: about $40.1B, about 1,604 times the penalty', () => {
    const series = ceilingSeries(data.money, factMap());
    expect(series).toMatchObject({ year: 2023, perViolation: 50_120, count: 800_000, actual: 25e6 });
    expect(series.ceiling).toBe(50_120 * 800_000);
    expect(Math.round(series.times)).toBe(1604);
  });

  it('draws a grid of squares as one path', () => {
    const path = gridPath(5, 2, 4, 1, 1);
    expect(path.match(/M/g)).toHaveLength(4);
    expect(path.startsWith('M5,0h4v4h-4Z')).toBe(true);
    expect(path).toContain('M5,5h4');
  });
});

describe('files and sources', () => {
  it('names files by what they hold', () => {
    expect(fileBase(2023, 'coppa-penalties-ranked')).toBe('amazon-2023-coppa-penalties-ranked');
  });

  it('writes sources as one plain line', () => {
    const sources = new Map(data.sources.sources.map((source) => [source.id, source]));
    const line = sourceLine(['doj-release-alexa', 'no-such-source'], sources, (iso) => `<${iso}>`);
    expect(line).toMatch(/^U\.S\. Department of Justice, .*Alexa, <2023-07-19>$/);
    // The Chinese edition's line is punctuated as Chinese is, not with English commas and semicolons, …
    const zh = sourceLine(['doj-release-alexa', 'ftc-release-ring'], sources, (iso) => `<${iso}>`, 'zh-Hans');
    // … and names each source in our Chinese where we translated it, titles in 《》.
    expect(zh).toMatch(
      /^美国司法部，《亚马逊同意[^》]+》，<2023-07-19>；美国联邦贸易委员会新闻稿（全文转载），<2023-05-31>$/,
    );
  });
});
