import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data-error';
import { parseDataFile } from '../../src/data/load';
import { allReferenceIssues, checkedSection, editorialIssues } from '../../src/data/checked';
import { isOfficialAddress, superlativeIssues } from '../../src/data/newsroom';
import type { Fact } from '../../src/data/schemas';
import { select } from '../../src/data/paths';
import { RULES, type Check, type Table } from '../../src/data/references';
import { DATA_FILES, type DataFileName } from '../../src/data/schemas';
import { DATA_DIR, loadAllData, readDataText } from '../helpers/data-files';
import { buildSourcesBundle } from '../helpers/sources-bundle';

const fileNames = Object.keys(DATA_FILES) as DataFileName[];

describe('data files', () => {
  it('public/data holds exactly the files the app knows', () => {
    expect(readdirSync(DATA_DIR).sort()).toEqual([...fileNames].sort());
  });

  it.each(fileNames)('%s matches its schema', (file) => {
    expect(() => parseDataFile(file, readDataText(file))).not.toThrow();
  });

  it('has no broken reference between files', () => {
    const problems = allReferenceIssues(loadAllData());
    expect(Object.fromEntries(problems)).toEqual({});
  });

  it('keeps the newsroom rules: dated sources, step dates from their own events, a quote behind every verdict', () => {
    expect(editorialIssues(loadAllData())).toEqual([]);
  });

  it('dates every superlative in both editions: "as of" a date fact, beside the sourced figure it ranks', () => {
    const { facts } = loadAllData();
    const byId = new Map<string, Fact>(facts.facts.map((fact) => [fact.id, fact]));
    for (const [file, edition] of [
      ['copy.en.json', 'en'],
      ['copy.zh-Hans.json', 'zh-Hans'],
    ] as const)
      expect(superlativeIssues(parseDataFile(file, readDataText(file)), byId, edition), file).toEqual([]);
  });

  it('flags a superlative with no "as of" date (as the Epic sentence was, after Amazon’s 2025 Prime penalty)', () => {
    const { facts } = loadAllData();
    const byId = new Map<string, Fact>(facts.facts.map((fact) => [fact.id, fact]));
    const copy = { penalties: { coppaIntro: 'Epic Games’ {coppa-epic-amount} was the largest penalty ever.' } };
    expect(superlativeIssues(copy, byId, 'en')).toEqual([
      { path: 'penalties.coppaIntro', message: 'makes a superlative with no "as of {date fact}"' },
    ]);
    const zh = { penalties: { coppaIntro: '据 FTC 称，Epic Games 的{coppa-epic-amount}罚款金额最高。' } };
    expect(superlativeIssues(zh, byId, 'zh-Hans')).toHaveLength(1);
  });

  it('cites every primary document at its official address, and says how we read the others', () => {
    const data = loadAllData();
    const primary = data.sources.sources.filter((source) => source.primary);
    expect(primary.length).toBeGreaterThan(0);
    for (const source of primary) expect(isOfficialAddress(source.url), source.id).toBe(true);
    const sources = structuredClone(data.sources);
    const complaint = sources.sources.find((source) => source.id === 'court-alexa-complaint')!;
    delete complaint.readVia;
    complaint.primary = true;
    complaint.url = 'https://regulations.clym.io/court-case-on-amazon';
    const release = sources.sources.find((source) => source.id === 'ftc-release-ring')!;
    delete release.readVia;
    expect(editorialIssues({ ...data, sources }).map((issue) => issue.message)).toEqual([
      expect.stringContaining('is a court, government or company document'),
      'is marked primary but has no official address (https://regulations.clym.io/court-case-on-amazon)',
    ]);
  });

  it('puts a ✗ beside a claim in circulation only with the sources that refute it', () => {
    const data = loadAllData();
    const claims = structuredClone(data.claims);
    const euros = claims.corrections.find((correction) => correction.id === 'c8-euros')!;
    expect(euros.rating).toBe('unconfirmed');
    euros.rating = 'refuted';
    expect(editorialIssues({ ...data, claims })).toEqual([
      { path: expect.stringContaining('(c8-euros)'), message: 'is rated refuted but cites no source that refutes it' },
    ]);
  });

  it('flags a verified fact whose sources carry no date', () => {
    const data = loadAllData();
    const sources = structuredClone(data.sources);
    const fact = data.facts.facts.find((candidate) => candidate.id === 'ring-2sv-mandatory')!;
    for (const source of sources.sources) if (fact.sourceIds.includes(source.id)) delete source.date;
    expect(editorialIssues({ ...data, sources })).toEqual([
      expect.objectContaining({
        path: expect.stringContaining('(ring-2sv-mandatory)'),
        message: 'is marked verified but none of its sources has a date',
      }),
    ]);
  });

  it('flags a step dated by the fact of another event (as the response steps once were)', () => {
    const data = loadAllData();
    const cases = structuredClone(data.cases);
    cases.cases[0]!.steps.find((step) => step.id === 'response')!.momentFactId = 'alexa-order-entered';
    cases.cases[1]!.steps.find((step) => step.id === 'response')!.momentFactId = 'ring-refunds-announced';
    expect(editorialIssues({ ...data, cases }).map((issue) => issue.path)).toEqual([
      expect.stringContaining('(alexa response)'),
      expect.stringContaining('(ring response)'),
    ]);
  });

  it('flags a verdict with no quote behind it', () => {
    const data = loadAllData();
    const claims = structuredClone(data.claims);
    claims.claims.find((claim) => claim.id === 'unanimous')!.verdicts.diw = 'accurate';
    expect(editorialIssues({ ...data, claims })).toEqual([
      {
        path: expect.stringContaining('verdicts.diw (unanimous)'),
        message: 'is "accurate" but no quote from this article supports it',
      },
    ]);
  });

  it('gives every entry of the corrections log its words in both editions, newest first', () => {
    const data = loadAllData();
    for (const file of ['copy.en.json', 'copy.zh-Hans.json'] as const) {
      const { updates } = checkedSection('page', {
        ...data,
        copy: parseDataFile(file, readDataText(file)),
        copyName: file,
      });
      expect(updates!.length).toBeGreaterThan(0);
      expect(updates![0]!.date).toBe([...updates!.map((update) => update.date)].sort().at(-1));
    }
    const updates = structuredClone(data.updates);
    updates.updates[0]!.id = 'entry-without-words';
    const error = captureError(() => checkedSection('page', { ...data, updates }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'updates.entry-without-words.what',
      'updates.entry-without-words.why',
    ]);
  });

  it('reports malformed JSON with the file name', () => {
    const error = captureError(() => parseDataFile('quotes.json', '{"quotes": ['));
    expect(error).toBeInstanceOf(DataError);
    expect(error.file).toBe('quotes.json');
    expect(error.kind).toBe('json');
  });

  it('reports every schema issue with its path', () => {
    const broken = JSON.parse(readDataText('facts.json')) as { facts: Array<Record<string, unknown>> };
    broken.facts[2] = { ...broken.facts[2], value: 'twenty-five million' };
    broken.facts[4] = { ...broken.facts[4], status: 'UNVERIFIED' };
    const error = captureError(() => parseDataFile('facts.json', JSON.stringify(broken)));
    expect(error.kind).toBe('schema');
    const paths = error.issues.map((issue) => issue.path);
    expect(paths.some((path) => path.startsWith('facts[2]'))).toBe(true);
    expect(paths.some((path) => path.startsWith('facts[4]'))).toBe(true);
  });

  it('says in plain words what is wrong with each field', () => {
    const broken = JSON.parse(readDataText('sources.json')) as { sources: Array<Record<string, unknown>> };
    broken.sources[0] = { ...broken.sources[0], language: 'de', extra: 1, outlet: 42 };
    delete broken.sources[0]!.id;
    broken.sources[1] = { ...broken.sources[1], date: '2023-13-01', title: '' };
    const error = captureError(() => parseDataFile('sources.json', JSON.stringify(broken)));
    const byPath = new Map(error.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.get('sources[0].id')).toBe('missing (expected string)');
    expect(byPath.get('sources[0].language')).toBe('must be one of: "en", "zh-Hans", "fr"');
    expect(byPath.get('sources[0].outlet')).toBe('expected string, found number');
    expect(byPath.get('sources[0]')).toBe('unknown key: extra');
    expect(byPath.get('sources[1].date')).toBe('must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(byPath.get('sources[1].title')).toBe('must not be empty');
  });

  it('reports a broken cross-file reference with file and path', () => {
    const data = loadAllData();
    const quotes = structuredClone(data.quotes);
    quotes.quotes[0]!.claimIds = ['no-such-claim'];
    const error = captureError(() => buildSourcesBundle({ ...data, quotes }));
    expect(error.file).toBe('quotes.json');
    expect(error.issues[0]).toEqual({ path: 'quotes[0].claimIds[0]', message: 'unknown claim "no-such-claim"' });
  });

  it('flags copy that is missing for a case step', () => {
    const data = loadAllData();
    const cases = structuredClone(data.cases);
    cases.cases[0]!.steps[0]!.id = 'step-without-copy';
    const error = captureError(() => checkedSection('case', { ...data, cases }, { case: 'alexa' }));
    expect(error.file).toBe('copy.en.json');
    expect(error.issues.map((issue) => issue.path)).toContain('cases.alexa.steps.step-without-copy.title');
  });

  it('checks what kind of fact a field names', () => {
    const data = loadAllData();
    const money = structuredClone(data.money);
    money.ceiling.effectiveFactId = 'alexa-penalty';
    const error = captureError(() => checkedSection('money', { ...data, money }));
    expect(error.file).toBe('money.json');
    expect(error.issues).toEqual([
      { path: 'ceiling.effectiveFactId', message: '"alexa-penalty" is a money fact, not a date fact' },
    ]);
  });

  it('shows a problem only in the sections that use what is broken', () => {
    const data = loadAllData();
    const money = structuredClone(data.money);
    money.coppaPenalties[0]!.dateFactId = 'no-such-fact';
    expect(captureError(() => checkedSection('money', { ...data, money })).issues).toEqual([
      { path: 'coppaPenalties[0].dateFactId', message: 'unknown fact "no-such-fact"' },
    ]);
    expect(() => buildSourcesBundle({ ...data, money })).not.toThrow(); // it reads money.json only for its figures
    const cases = structuredClone(data.cases);
    cases.cases[1]!.steps[0]!.itemIds.push('no-such-item');
    expect(() => checkedSection('case', { ...data, cases }, { case: 'alexa' })).not.toThrow();
    expect(captureError(() => checkedSection('case', { ...data, cases }, { case: 'ring' })).issues).toEqual([
      {
        path: expect.stringMatching(/^cases\[1\]\.steps\[0\]\.itemIds\[\d+\]$/),
        message: 'unknown item "no-such-item"',
      },
    ]);
  });

  it('reports the problems of every file at once, and a duplicate id only within its own list', () => {
    const data = loadAllData();
    const quotes = structuredClone(data.quotes);
    quotes.quotes[1]!.id = quotes.quotes[0]!.id;
    const cases = structuredClone(data.cases);
    cases.cases[0]!.items[1]!.id = cases.cases[0]!.items[0]!.id;
    const problems = allReferenceIssues({ ...data, quotes, cases });
    expect(problems.get('quotes.json')).toEqual([
      { path: 'quotes[1].id', message: `duplicate id "${quotes.quotes[0]!.id}"` },
    ]);
    expect(problems.get('cases.json')).toContainEqual({
      path: 'cases[0].items[1].id',
      message: `duplicate id "${cases.cases[0]!.items[0]!.id}"`,
    });
    // The two cases share item ids ("filing", "response"): that is not a duplicate.
    expect(cases.cases[0]!.items.some((item) => cases.cases[1]!.items.some((other) => other.id === item.id))).toBe(
      true,
    );
  });

  it('has a row in the reference table for every field that names an id', () => {
    const data = loadAllData();
    const table: Table = RULES;
    const namesAnId = (check: Check | readonly Check[]) =>
      ([] as Check[]).concat(check).some((one) => typeof one === 'string' && one !== 'unique id');
    for (const [file, root] of Object.entries(data)) {
      if (file === 'copy') continue;
      const rows = Object.entries(table[`${file}.json` as keyof Table] ?? {}).filter(([, check]) => namesAnId(check));
      const covered = new Set(rows.flatMap(([path]) => select(root, path).map((match) => match.path)));
      const named: string[] = [];
      const walk = (value: unknown, path: string, key: string) => {
        if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, key));
        else if (typeof value === 'object' && value !== null)
          for (const [name, child] of Object.entries(value)) walk(child, path ? `${path}.${name}` : name, name);
        else if (/(?:Id|Ids|^sumOf)$/.test(key) && key !== 'id') named.push(path);
      };
      walk(root, '', '');
      if (file !== 'sources') expect(named.length, file).toBeGreaterThan(0);
      expect(
        named.filter((path) => !covered.has(path)),
        file,
      ).toEqual([]);
    }
  });

  it('keeps the combined total equal to its parts', () => {
    const { facts } = loadAllData();
    const byId = new Map(facts.facts.map((fact) => [fact.id, fact]));
    expect(byId.get('settlements-total')).toMatchObject({ value: 30_800_000 });
    expect((byId.get('alexa-penalty')?.value as number) + (byId.get('ring-refund-amount')?.value as number)).toBe(
      30_800_000,
    );
  });

  it('tells the two cases apart: who sued, where, and what kind of money', () => {
    const { cases } = loadAllData();
    const alexa = cases.cases.find((c) => c.id === 'alexa');
    const ring = cases.cases.find((c) => c.id === 'ring');
    expect(alexa).toMatchObject({
      filedBy: 'doj-for-ftc',
      plaintiff: 'united-states',
      moneyKind: 'civil-penalty',
      court: { id: 'wd-wash', docket: '2:23-cv-00811-TL' },
    });
    expect(ring).toMatchObject({
      filedBy: 'ftc',
      plaintiff: 'ftc',
      moneyKind: 'refunds',
      court: { id: 'dd-c', docket: '1:23-cv-01549' },
    });
    expect(ring?.orderEnteredFactId).toBeUndefined();
  });

  it('gives every article its language, and marks the Clubic article as a translation from French', () => {
    const { sources } = loadAllData();
    const articles = sources.sources.filter((source) => source.kind === 'article');
    expect(articles).toHaveLength(5);
    expect(articles.find((a) => a.seed?.file.startsWith('000_'))?.language).toBe('zh-Hans');
    expect(articles.find((a) => a.outlet === 'Clubic')).toMatchObject({ language: 'en', originalLanguage: 'fr' });
    // No invented web addresses: we have the articles' text, not their addresses.
    expect(articles.every((article) => article.url === undefined)).toBe(true);
  });

  it('links no copy of a story: primary and outlet addresses only', () => {
    const { sources } = loadAllData();
    const hosts = sources.sources.flatMap((source) => (source.url ? [new URL(source.url).hostname] : []));
    for (const copyHost of [
      'startingbusinesseasy.com',
      'za.headtopics.com',
      'www.sunjournal.com',
      'www.nasdaq.com',
      'ratecaptain.com',
      'www.wnd.com',
      'stage.iabbbops.org',
      'www.scribd.com',
      'regulations.clym.io',
    ]) {
      expect(hosts).not.toContain(copyHost);
    }
    // And no tracking parameters on the addresses we do link.
    expect(
      sources.sources.filter((source) => source.url && new URL(source.url).search !== '').map((s) => s.id),
    ).toEqual([]);
  });

  it('translates every Chinese quote into English, and no English quote needs one', () => {
    const { quotes, sources } = loadAllData();
    const language = new Map(sources.sources.map((source) => [source.id, source.language]));
    for (const quote of quotes.quotes) {
      if (language.get(quote.sourceId) === 'zh-Hans') expect(quote.translations?.en, quote.id).toBeTruthy();
    }
  });

  it('quotes every one of the five articles', () => {
    const { quotes, sources } = loadAllData();
    const quoted = new Set(quotes.quotes.map((quote) => quote.sourceId));
    for (const article of sources.sources.filter((source) => source.kind === 'article'))
      expect(quoted).toContain(article.id);
  });
});

function captureError(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}
