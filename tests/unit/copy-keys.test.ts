import { describe, expect, it } from 'vitest';
import { makeTextApi, type CopyApi } from '../../src/data/text';
import { loadAllData } from '../helpers/data-files';

// What a key gives at run time. The keys' types (a misspelt key, a key from any string, data copy through t()) are
// tested in copy-keys.test-d.ts, which `vitest run` type-checks; the @ts-expect-error line here is needed to make
// the call at all, and tsc (npm run typecheck) fails if it compiles.
const data = loadAllData();
const text: CopyApi = makeTextApi({ copy: data.copy, facts: new Map(data.facts.facts.map((fact) => [fact.id, fact])) });

describe('copy keys at run time', () => {
  it('t() gives the interface copy, and a placeholder (never the key) for a misspelt key', () => {
    expect(text.t('caseView.next')).toBe('Next');
    // @ts-expect-error a misspelt key (at run time: a plain placeholder, never the key)
    expect(text.t('caseView.nxt')).toBe('(text missing)');
    const verdict = 'wrong' as 'accurate' | 'wrong';
    expect(text.t(`verdicts.${verdict}`)).toBe('Gets it wrong');
  });

  it('tData() gives the copy keyed by data', () => {
    const claimId: string = 'total';
    expect(text.tData(`claims.${claimId}.statement`)).toMatch(/30\.8 million/);
  });
});
