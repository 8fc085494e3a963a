import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../src/lib/data-error';
import { fetchDataFile, parseDataFile } from '../../src/data/load';
import { allReferenceIssues } from '../../src/data/checked';
import { makeTextApi, MISSING_TEXT } from '../../src/data/text';
import { MAX_TEXT } from '../../src/data/schema-messages';
import { safeCell, toCsv } from '../../src/charts/csv-export';
import { parseEmbedParams } from '../../src/features/embed/params';
import { readParam } from '../../src/lib/url-state';
import { loadAllData, readDataText } from '../helpers/data-files';

/** The DataError a parse throws, as the section's alert shows it. */
function parseError(file: Parameters<typeof parseDataFile>[0], text: string): string {
  try {
    parseDataFile(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('parsed without an error');
}

afterEach(() => vi.unstubAllGlobals());

describe('data that arrives badly', () => {
  it('a host’s web page served in place of a JSON file says so, naming the file', () => {
    expect(parseError('quotes.json', '<!doctype html><html><body>Not found</body></html>')).toMatch(
      /^quotes\.json: the server sent a web page, not this JSON file/,
    );
  });

  it('a byte-order mark before the JSON is read past', () => {
    const text = readDataText('money.json');
    expect(parseDataFile('money.json', `\uFEFF${text}`)).toEqual(parseDataFile('money.json', text));
  });

  it('a number too large for JSON (1e999) names the file', () => {
    const text = readDataText('facts.json').replace(/"value": 25000000\b/, '"value": 1e999');
    expect(text).toContain('1e999');
    expect(parseError('facts.json', text)).toMatch(/^facts\.json: a number too large: Infinity/);
  });

  it('a very long text names the file and the field', () => {
    const quotes = JSON.parse(readDataText('quotes.json'));
    quotes.quotes[2].text = 'x'.repeat(MAX_TEXT + 1);
    expect(parseError('quotes.json', JSON.stringify(quotes))).toBe(
      `quotes.json: quotes[2].text: must have at most ${MAX_TEXT} characters`,
    );
  });

  it('net sales of zero or less, and a duplicate id, each name the file and the field', () => {
    const files = loadAllData();
    const netSales = files.money.financials.netSalesFactId;
    const facts = {
      facts: [
        ...files.facts.facts.map((fact) =>
          fact.id === netSales && fact.kind === 'money' ? { ...fact, value: 0 } : fact,
        ),
        files.facts.facts[0]!,
      ],
    };
    const issues = Object.fromEntries(allReferenceIssues({ ...files, facts }));
    expect(JSON.stringify(issues['money.json'])).toContain(`"path":"financials.netSalesFactId"`);
    expect(JSON.stringify(issues['money.json'])).toContain('must be more than zero');
    expect(JSON.stringify(issues['facts.json'])).toContain(`duplicate id \\"${files.facts.facts[0]!.id}\\"`);
  });

  it('a ceiling that would hang the page (a zero penalty, a count typed 1,000 times too large) names its fact', () => {
    const files = loadAllData();
    const { actualFactId, countFactId } = files.money.ceiling;
    const withFact = (id: string, value: number) => ({
      facts: files.facts.facts.map((fact) => (fact.id === id && fact.kind !== 'date' ? { ...fact, value } : fact)),
    });
    const zero = Object.fromEntries(allReferenceIssues({ ...files, facts: withFact(actualFactId, 0) }));
    expect(JSON.stringify(zero['money.json'])).toContain(`"path":"ceiling.actualFactId"`);
    const count = Number(files.facts.facts.find((fact) => fact.id === countFactId)!.value);
    const typo = Object.fromEntries(allReferenceIssues({ ...files, facts: withFact(countFactId, count * 1000) }));
    expect(JSON.stringify(typo['money.json'])).toContain('cannot be drawn');
  });

  it('a file that never answers ends in a network error after a bounded wait, not an endless wait', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    );
    const error = await fetchDataFile('cases.json', undefined, 50).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('network');
    expect((error as DataError).message).toMatch(/^cases\.json: no answer from the server after 0 seconds/);
  });

  it('a list too long for the schema check (200,000 objects) names the file, not only a stack overflow', () => {
    const text = `{"quotes":[${Array.from({ length: 200_000 }, () => '{"x":1}').join(',')}]}`;
    expect(text.length).toBeLessThan(2_000_000);
    expect(parseError('quotes.json', text)).toMatch(/^quotes\.json: too large or too deeply nested to check/);
  });

  it('a body far larger than any data file is refused before it is parsed, naming the file and the sizes', async () => {
    const body = `{"quotes":[${'{"x":1},'.repeat(400_000)}{"x":1}]}`;
    const parse = vi.spyOn(JSON, 'parse');
    vi.stubGlobal('fetch', async () => new Response(body, { status: 200 }));
    const error = await fetchDataFile('quotes.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('size');
    expect((error as DataError).message).toBe('quotes.json: 3.2 MB; a data file may be up to 2 MB');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('a file saved as Windows-1252 is an encoding error naming the file and the line, not replacement characters', async () => {
    const utf8 = new TextEncoder().encode(readDataText('copy.en.json'));
    // “Amazon’s” as Windows-1252 writes it: the apostrophe is the single byte 0x92.
    const at = readDataText('copy.en.json').indexOf('’');
    const prefix = new TextEncoder().encode(readDataText('copy.en.json').slice(0, at)).length;
    const bytes = new Uint8Array([...utf8.slice(0, prefix), 0x92, ...utf8.slice(prefix + 3)]);
    const line = readDataText('copy.en.json').slice(0, at).split('\n').length;
    vi.stubGlobal('fetch', async () => new Response(bytes, { status: 200 }));
    const error = await fetchDataFile('copy.en.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('encoding');
    expect((error as DataError).message).toBe(`copy.en.json: bytes that are not UTF-8 on line ${line}`);
  });

  it('a copy key missing from the copy file shows a plain placeholder, never the key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = makeTextApi({ copy: {}, facts: new Map(), locale: 'zh-Hans' });
    expect(text.t('sourcesSection.matrixTitle')).toBe(MISSING_TEXT['zh-Hans']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sourcesSection.matrixTitle'));
    warn.mockRestore();
  });
});

describe('downloads', () => {
  it('CSV cells a spreadsheet would run as a formula are escaped; numbers stay numbers', () => {
    for (const cell of ['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(safeCell(cell)).toBe(`'${cell}`);
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell('Amazon')).toBe('Amazon');
    expect(toCsv([{ '=name': '=cmd', amount: -3 }], ['=name', 'amount'])).toBe(`'=name,amount\n'=cmd,-3\n`);
  });
});

describe('addresses', () => {
  it('the embed reads lang as the main page does: zh, zh-CN and zh-Hans all give the Chinese edition', () => {
    for (const lang of ['zh', 'zh-CN', 'zh-Hans', 'ZH-hans'])
      expect(parseEmbedParams(`?view=ring&lang=${lang}`).lang).toBe('zh-Hans');
    expect(parseEmbedParams('?view=ring&lang=fr').lang).toBe('en');
  });

  it('repeated parameters fall back quietly to the first', () => {
    const params = parseEmbedParams('?view=ring&view=alexa&ring-step=2&ring-step=-1');
    expect(params.view).toBe('ring');
    expect(params.state['ring-step']).toBe('2');
  });

  it('a very long q is parsed once per change, not on every read', () => {
    const RealParams = URLSearchParams;
    let parses = 0;
    vi.stubGlobal(
      'URLSearchParams',
      class extends RealParams {
        constructor(init?: ConstructorParameters<typeof URLSearchParams>[0]) {
          super(init);
          parses += 1;
        }
      },
    );
    const search = `?q=${'a'.repeat(1_000_000)}&source=diw`;
    for (let read = 0; read < 50; read += 1) {
      expect(readParam('source', search)).toBe('diw');
      readParam('q', search);
    }
    expect(parses).toBe(1);
    readParam('source', '?source=other');
    expect(parses).toBe(2);
  });
});

describe('copy that arrives badly', () => {
  it('a very long copy text names the copy file and the key', () => {
    const copy = JSON.parse(readDataText('copy.zh-Hans.json'));
    copy.header.summary = '长'.repeat(MAX_TEXT + 1);
    expect(parseError('copy.zh-Hans.json', JSON.stringify(copy))).toBe(
      `copy.zh-Hans.json: header.summary: must have at most ${MAX_TEXT} characters`,
    );
  });
});
