import { describe, expect, it } from 'vitest';
import { buildSourcesBundle } from '../helpers/sources-bundle';
import { makeTextApi } from '../../src/data/text';
import { readerNames } from '../../src/data/source-names';
import { citationText, groupByKind, quoteLink } from '../../src/features/sources/citations';
import { cellQuotes, quoteMatches, viewerStatus, type Filters } from '../../src/features/sources/filters';
import { claimSummary, summaryLine } from '../../src/features/sources/summaries';
import {
  MAX_SEARCH_LENGTH,
  parseSearch,
  parseViewerState,
  type RawViewerState,
} from '../../src/features/sources/viewer-state';
import { findMatches, splitText } from '../../src/features/sources/search';
import { loadAllData, loadDataFile } from '../helpers/data-files';

const bundle = buildSourcesBundle(loadAllData());
const text = makeTextApi(bundle);
const zhText = makeTextApi({
  ...buildSourcesBundle({ ...loadAllData(), copy: loadDataFile('copy.zh-Hans.json') }),
  locale: 'zh-Hans',
});
const index = {
  articleIds: bundle.articles.map((article) => article.id),
  quoteSource: new Map(bundle.quotes.map((quote) => [quote.id, quote.sourceId])),
  claimIds: new Set(bundle.claims.map((claim) => claim.id)),
};
const raw = (values: Partial<RawViewerState>): RawViewerState => ({
  source: null,
  quote: null,
  claim: null,
  case: null,
  q: null,
  ...values,
});
const noFilters: Filters = { claimId: null, caseId: null, search: '' };
const quote = (id: string) => {
  const found = bundle.quotesById.get(id);
  if (!found) throw new Error(`no quote ${id}`);
  return found;
};
const article = (id: string) => {
  const found = bundle.articles.find((item) => item.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
};

describe('parseViewerState', () => {
  it('defaults to the first article and no filters', () => {
    expect(parseViewerState(raw({}), index)).toEqual({
      sourceId: 'kjdh-2023-06-01',
      quoteId: null,
      claimId: null,
      caseId: null,
      search: '',
    });
  });

  it('reads a valid source, claim, case and search', () => {
    expect(
      parseViewerState(raw({ source: 'diw', claim: 'two-days', case: 'alexa', q: '  two   days ' }), index),
    ).toEqual({
      sourceId: 'diw',
      quoteId: null,
      claimId: 'two-days',
      caseId: 'alexa',
      search: 'two days',
    });
  });

  it('lets a quote pick its own article, whatever `source` says', () => {
    const state = parseViewerState(raw({ source: 'amzpro', quote: 'kjdh-face' }), index);
    expect(state.sourceId).toBe('kjdh-2023-06-01');
    expect(state.quoteId).toBe('kjdh-face');
  });

  it('falls back silently on unknown or hostile values', () => {
    const state = parseViewerState(
      raw({
        source: '<script>alert(1)</script>',
        quote: '../../etc/passwd',
        claim: 'constructor',
        case: 'ALEXA',
        q: 'x'.repeat(5000),
      }),
      index,
    );
    expect(state).toEqual({
      sourceId: 'kjdh-2023-06-01',
      quoteId: null,
      claimId: null,
      caseId: null,
      search: 'x'.repeat(MAX_SEARCH_LENGTH),
    });
    expect(parseViewerState(raw({ source: 'amzpro', quote: 'nope' }), index).sourceId).toBe('amzpro');
    expect(parseViewerState(raw({ case: 'both' }), index).caseId).toBeNull();
  });

  it('parseSearch drops control characters and collapses whitespace', () => {
    expect(parseSearch('\u0000pen\u0007alty\n\t ')).toBe('pen alty');
    expect(parseSearch(null)).toBe('');
  });
});

describe('search', () => {
  it('is case-insensitive and whitespace-normalised, and maps ranges back to the original text', () => {
    const source = 'Amazon  has agreed\nto pay a PENALTY';
    const ranges = findMatches(source, 'has   AGREED to');
    expect(ranges).toHaveLength(1);
    const [start, end] = ranges[0]!;
    expect(source.slice(start, end)).toBe('has agreed\nto');
    expect(findMatches(source, 'penalty').map(([s, e]) => source.slice(s, e))).toEqual(['PENALTY']);
  });

  it('finds Chinese text, full-width punctuation and curly quotes typed straight', () => {
    const title = quote('kjdh-title').text;
    expect(findMatches(title, '罚款')).toHaveLength(1);
    // The article uses an ASCII comma; a reader typing the full-width one still finds it.
    expect(findMatches(title, '隐私，将')).toHaveLength(1);
    expect(findMatches('kids’ voice', "kids' voice")).toHaveLength(1);
    // A space beside Chinese is typography: typed with it or without, the words are found, the space marked too.
    const spaced = 'FTC 指控亚马逊支付2500 万美元';
    expect(findMatches(spaced, 'FTC指控').map(([s, e]) => spaced.slice(s, e))).toEqual(['FTC 指控']);
    expect(findMatches(spaced, '2500万美元').map(([s, e]) => spaced.slice(s, e))).toEqual(['2500 万美元']);
    expect(findMatches('2500万美元', '2500 万')).toHaveLength(1);
    expect(findMatches('civil penalty', 'civilpenalty')).toEqual([]);
  });

  it('finds every occurrence, and nothing for an empty query', () => {
    expect(findMatches('fine, fine, FINE', 'fine')).toHaveLength(3);
    expect(findMatches('anything', '   ')).toEqual([]);
  });

  it('splitting at the matches keeps the exact text', () => {
    for (const item of bundle.quotes) {
      for (const query of ['the', '亚马逊', 'a', 'FTC']) {
        const parts = splitText(item.text, findMatches(item.text, query));
        expect(parts.map((part) => part.text).join('')).toBe(item.text);
      }
    }
    expect(splitText('abc', [[1, 2]])).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
      { text: 'c', match: false },
    ]);
  });

  it('filters quotes by case, claim and search (quote or translation)', () => {
    const face = quote('kjdh-face');
    const translation = face.translations?.en;
    expect(quoteMatches(face, { ...noFilters, caseId: 'ring' }, translation)).toBe(true);
    expect(quoteMatches(face, { ...noFilters, caseId: 'alexa' }, translation)).toBe(false);
    expect(quoteMatches(quote('kjdh-lead'), { ...noFilters, caseId: 'alexa' })).toBe(true); // a "both" quote
    expect(quoteMatches(face, { ...noFilters, claimId: 'face-embeddings' }, translation)).toBe(true);
    expect(quoteMatches(face, { ...noFilters, claimId: 'two-days' }, translation)).toBe(false);
    expect(quoteMatches(face, { ...noFilters, search: 'face embeddings' }, translation)).toBe(true);
    expect(quoteMatches(face, { ...noFilters, search: '面部嵌入' }, translation)).toBe(true);
    expect(quoteMatches(face, { ...noFilters, search: 'face embeddings' })).toBe(false);
  });

  it('"罚款" (fine) is found in the three Chinese quotes that use it', () => {
    const matches = bundle.quotes.filter((item) => quoteMatches(item, { ...noFilters, search: '罚款' }));
    expect(matches.map((item) => item.id)).toEqual(['kjdh-title', 'kjdh-lead', 'kjdh-civil-penalty']);
  });
});

describe('the claim matrix', () => {
  const ids = bundle.articles.map((item) => item.id);
  const claim = (id: string) => bundle.claims.find((item) => item.id === id)!;

  it('summarises each claim in one line', () => {
    expect(claimSummary(claim('ring-refunds'), ids)).toEqual({
      total: 5,
      reported: 4,
      accurate: 1,
      imprecise: 2,
      wrong: 1,
    });
    expect(summaryLine(text, claimSummary(claim('ring-refunds'), ids))).toBe(
      '4 of 5 articles report this; 2 report it loosely; 1 gets it wrong',
    );
    expect(summaryLine(text, claimSummary(claim('two-days'), ids))).toBe(
      '1 of 5 articles reports this; 1 gets it wrong',
    );
    expect(summaryLine(text, claimSummary(claim('alexa-penalty'), ids))).toBe('All 5 articles report this');
    expect(summaryLine(text, { total: 5, reported: 4, accurate: 1, imprecise: 1, wrong: 2 })).toBe(
      '4 of 5 articles report this; 1 reports it loosely; 2 get it wrong',
    );
    expect(summaryLine(text, { total: 5, reported: 0, accurate: 0, imprecise: 0, wrong: 0 })).toBe(
      'None of the 5 articles report this',
    );
  });

  it('a cell opens the quotes of that article tied to that claim', () => {
    expect(cellQuotes(bundle.quotes, 'two-days', 'diw').map((item) => item.id)).toEqual(['diw-two-days']);
    expect(cellQuotes(bundle.quotes, 'ring-refunds', 'kjdh-2023-06-01').map((item) => item.id)).toEqual([
      'kjdh-lead',
      'kjdh-ring',
    ]);
    expect(cellQuotes(bundle.quotes, 'two-days', 'amzpro')).toEqual([]);
  });

  it('every note explains a loose or wrong verdict, and every loose or wrong verdict has a note', () => {
    for (const item of bundle.claims) {
      for (const id of ids) {
        const verdict = item.verdicts[id];
        const hasNote = text.has(`claims.${item.id}.notes.${id}`);
        expect(hasNote, `${item.id} / ${id} is "${verdict}"`).toBe(verdict === 'imprecise' || verdict === 'wrong');
      }
    }
  });
});

describe('links, citations and source groups', () => {
  it('names a source as each edition’s readers know it, and says which words are the original’s', async () => {
    const { sources } = await loadAllData();
    const source = (id: string) => sources.sources.find((entry) => entry.id === id)!;
    expect(readerNames(source('kjdh-2023-06-01'), 'en')).toEqual({
      outlet: 'Kuajing Daohang (a cross-border e-commerce portal)',
      original: '跨境导航网',
      title: 'Amazon units suspected of violating user privacy, will pay a $25 million fine!',
      originalTitle: expect.stringContaining('亚马逊'),
    });
    expect(readerNames(source('kjdh-2023-06-01'), 'zh-Hans')).toEqual({
      outlet: '跨境导航网',
      title: expect.stringContaining('亚马逊'),
      lang: undefined,
    });
    expect(readerNames(source('amzpro'), 'zh-Hans')).toMatchObject({ outlet: 'AMZ Pro', lang: 'en' });
    expect(readerNames(source('amzpro'), 'zh-Hans').originalTitle).toBeTruthy();
    expect(readerNames(source('unattributed'), 'zh-Hans')).not.toHaveProperty('lang');
    expect(readerNames(source('unattributed'), 'zh-Hans').outlet).toBeNull();
  });

  it('links to the explainer page itself, from the page or from an embed', () => {
    expect(quoteLink('https://example.org/news/amazon/?alexa-step=3&q=x#alexa', 'diw', 'diw-two-days')).toBe(
      'https://example.org/news/amazon/?source=diw&quote=diw-two-days#sources',
    );
    expect(quoteLink('https://example.org/news/amazon/embed.html?view=sources', 'diw', 'diw-two-days')).toBe(
      'https://example.org/news/amazon/?source=diw&quote=diw-two-days#sources',
    );
  });

  it('cites a Chinese quote with our translations marked as ours', () => {
    const citation = citationText(
      text,
      quote('kjdh-face'),
      article('kjdh-2023-06-01'),
      'https://x.test/?source=kjdh-2023-06-01&quote=kjdh-face#sources',
    );
    const lines = citation.split('\n');
    expect(lines[0]).toBe(
      `“${quote('kjdh-face').text}” — 跨境导航网 [Kuajing Daohang (a cross-border e-commerce portal)], 亚马逊旗下部门涉嫌侵犯用户隐私,将支付2500万美元罚款! [Amazon units suspected of violating user privacy, will pay a $25 million fine!], Nicole, June 1, 2023.`,
    );
    expect(lines[1]).toBe(`Translation by this explainer: “${quote('kjdh-face').translations?.en ?? ''}”`);
    expect(lines[2]).toBe('Quoted in https://x.test/?source=kjdh-2023-06-01&quote=kjdh-face#sources');
  });

  it('cites an unattributed, undated article (no date, no note), and marks the Clubic text as a translation', () => {
    const undated = citationText(text, quote('unattr-access'), article('unattributed'), 'L').split('\n')[0];
    expect(undated).toMatch(/” — Unattributed website, Amazon has agreed .*assistant\.$/);
    expect(undated).not.toContain('date not given');
    expect(citationText(text, quote('clubic-acquired'), article('clubic-2023-06-02'), 'L').split('\n')[0]).toMatch(
      /— Clubic, Amazon Ring agrees to pay for spying on its customers, Mathilde Rochefort, June 2, 2023, English translation of a French original\.$/,
    );
  });

  it('writes Chinese punctuation in the Chinese edition: no English commas, no space after a full-width mark', () => {
    const base = { outlet: 'AMZ Pro', here: 1, total: 10, all: 3, articles: 5 };
    const status = viewerStatus(zhText, { ...base, filters: { ...noFilters, search: '罚款' } });
    expect(status).not.toMatch(/[：，。] /);
    expect(status).toContain('符合条件：');
    const citation = citationText(zhText, quote('amzpro-penalty'), article('amzpro'), 'L').split('\n')[0]!;
    expect(citation).not.toContain(', ');
    expect(citation).toMatch(/——AMZ Pro，Amazon .*（《.*》），/);
  });

  it('groups every primary source by kind, in a fixed order', () => {
    const groups = groupByKind(bundle.primary);
    expect(groups.map(([kind]) => kind)).toEqual(['government', 'court', 'company', 'news', 'law-firm', 'reference']);
    expect(groups.flatMap(([, list]) => list)).toHaveLength(bundle.primary.length);
  });

  it('states what the viewer shows', () => {
    const base = { outlet: 'AMZ Pro', here: 10, total: 10, all: 51, articles: 5 };
    expect(viewerStatus(text, { ...base, filters: noFilters })).toBe('Showing 10 quotes from AMZ Pro.');
    expect(viewerStatus(text, { ...base, here: 1, all: 3, filters: { ...noFilters, search: 'penalty' } })).toBe(
      '3 quotes match “penalty” across all 5 articles. 1 of them is from AMZ Pro.',
    );
    expect(
      viewerStatus(text, {
        ...base,
        here: 0,
        all: 0,
        filters: { ...noFilters, search: 'zzz', caseId: 'ring' },
        caseLabel: 'Ring case',
      }),
    ).toBe('No quote matches “zzz” in the Ring case across all 5 articles. Try other words, or clear the filters.');
  });
});
