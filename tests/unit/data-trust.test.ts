// The data files you can trust: quotes verbatim against the articles, the committed copies, the build's checks,
// and what each article said (the rest of the data checks are in data.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { verifiedHashes } from '../../src/data/checked';
import { DATA_FILES, type DataFileName } from '../../src/data/schemas';
import {
  SEEDS_DIR,
  loadAllData,
  normaliseWhitespace,
  readDataText,
  SHARED_SEEDS_DIR,
  sharedSeedsAvailable,
} from '../helpers/data-files';

const fileNames = Object.keys(DATA_FILES) as DataFileName[];

describe('quotes are verbatim excerpts of the five articles', () => {
  const { quotes, sources } = loadAllData();
  const seedText = () =>
    new Map(
      sources.sources.flatMap((source) =>
        source.seed
          ? [[source.id, normaliseWhitespace(readFileSync(`${SEEDS_DIR}${source.seed.file}`, 'utf8'))] as const]
          : [],
      ),
    );

  it.each(quotes.quotes.map((quote) => [quote.id, quote] as const))('%s', (_id, quote) => {
    const text = seedText().get(quote.sourceId);
    expect(text, `no seed for ${quote.sourceId}`).toBeDefined();
    expect(text).toContain(normaliseWhitespace(quote.text));
  });

  it('lists each article’s quotes in the order they appear in it', () => {
    for (const [sourceId, text] of seedText()) {
      const positions = quotes.quotes
        .filter((quote) => quote.sourceId === sourceId)
        .map((quote) => text.indexOf(normaliseWhitespace(quote.text)));
      expect(positions, sourceId).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe('the committed copy of the articles', () => {
  it('has every article the data names, and nothing more', () => {
    const named = loadAllData().sources.sources.flatMap((source) => (source.seed ? [source.seed.file] : []));
    expect(readdirSync(SEEDS_DIR).sort()).toEqual(named.sort());
  });

  it.runIf(sharedSeedsAvailable)('is identical to the shared originals in ../shared/seeds', () => {
    for (const file of readdirSync(SEEDS_DIR)) {
      expect(readFileSync(`${SEEDS_DIR}${file}`, 'utf8'), file).toBe(
        readFileSync(`${SHARED_SEEDS_DIR}${file}`, 'utf8'),
      );
    }
  });
});

describe('checks the build ran: the page trusts a file only if it is byte for byte the one checked', () => {
  const checkedFiles = () => fileNames.filter((file) => !file.startsWith('copy.'));

  it('the build vouches for every file when all checks pass in both editions, and for none when one fails', () => {
    const good = verifiedHashes(readDataText);
    expect(good.problems).toEqual([]);
    expect(Object.keys(good.hashes).sort()).toEqual([...fileNames].sort());
    const quotes = JSON.parse(readDataText('quotes.json'));
    quotes.quotes[0].claimIds[0] = 'no-such-claim';
    const bad = verifiedHashes((file) => (file === 'quotes.json' ? JSON.stringify(quotes) : readDataText(file)));
    expect(bad.hashes).toEqual({});
    expect(bad.problems).toContain('quotes.json: quotes[0].claimIds[0]: unknown claim "no-such-claim"');
    // A copy text only the Chinese edition lacks is found too.
    const zh = JSON.parse(readDataText('copy.zh-Hans.json'));
    delete zh.penalties.intro;
    const noText = verifiedHashes((file) => (file === 'copy.zh-Hans.json' ? JSON.stringify(zh) : readDataText(file)));
    expect(noText.problems).toContain('copy.zh-Hans.json: penalties.intro: missing text');
  });

  it('a section of checked files renders without the checks; a changed file waits for them', async () => {
    vi.resetModules();
    vi.stubGlobal('__VERIFIED_DATA__', verifiedHashes(readDataText).hashes);
    const load = await import('../../src/data/load');
    const model = await import('../../src/data/model');
    const { KEY_OF } = await import('../../src/data/schemas');
    const files: Record<string, unknown> = {
      copyName: 'copy.en.json',
      copy: load.parseDataFile('copy.en.json', readDataText('copy.en.json')),
    };
    for (const file of checkedFiles())
      files[KEY_OF[file as keyof typeof KEY_OF]] = load.parseDataFile(file, readDataText(file));
    expect(
      Object.values(files)
        .filter((file) => typeof file === 'object')
        .every(load.isVerified),
    ).toBe(true);
    // No checks needed, and none loaded.
    expect(model.needsChecks('money', files)).toBe(false);
    expect(model.buildSection('money', files, {}, undefined)).not.toBeInstanceOf(Error);

    // The same facts, one space longer: no longer the file the build checked.
    const facts = load.parseDataFile('facts.json', `${readDataText('facts.json')} `);
    expect(load.isVerified(facts)).toBe(false);
    expect(model.needsChecks('money', { ...files, facts })).toBe(true);
    const { CHECKER } = await import('../../src/data/checked');
    expect(model.buildSection('money', { ...files, facts }, {}, CHECKER)).not.toBeInstanceOf(Error);
    // And once loaded, they find what is wrong.
    const broken = load.parseDataFile(
      'facts.json',
      readDataText('facts.json').replace('"id": "ring-refund-amount"', '"id": "ring-refund-renamed"'),
    );
    const error = model.buildSection('money', { ...files, facts: broken }, {}, CHECKER);
    expect(error).toBeInstanceOf((await import('../../src/lib/data-error')).DataError);
    expect(String(error)).toMatch(/unknown fact "ring-refund-amount"/);
  });
});

describe('what each article said (claims.json `said`, for the ClaimReviews)', () => {
  const data = loadAllData();
  const quotes = new Map(data.quotes.quotes.map((quote) => [quote.id, quote]));
  const sources = new Map(data.sources.sources.map((source) => [source.id, source]));
  it('is given for every claim an article made and for no other: a quote of that article on that claim', () => {
    for (const claim of data.claims.claims) {
      const made = Object.keys(claim.verdicts).filter((id) => claim.verdicts[id] !== 'absent');
      expect(Object.keys(claim.said ?? {}).sort(), claim.id).toEqual(made.sort());
      for (const [sourceId, said] of Object.entries(claim.said ?? {})) {
        const quote = quotes.get(said.quoteId);
        expect(quote?.sourceId, `${claim.id} × ${sourceId}`).toBe(sourceId);
        expect(quote?.claimIds, `${claim.id} × ${sourceId}`).toContain(claim.id);
      }
    }
  });
  it('is in the article’s words in each language (the quote’s text or our translation), unless marked a paraphrase', () => {
    for (const claim of data.claims.claims)
      for (const [sourceId, said] of Object.entries(claim.said ?? {})) {
        if (said.paraphrase) continue;
        const quote = quotes.get(said.quoteId)!;
        for (const locale of ['en', 'zh-Hans'] as const) {
          const own = sources.get(sourceId)!.language === locale ? quote.text : quote.translations?.[locale];
          expect(normaliseWhitespace(own ?? ''), `${claim.id} × ${sourceId} (${locale})`).toContain(
            normaliseWhitespace(said[locale]),
          );
        }
      }
  });
});
