import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CopyKey, DataKey, PluralKey } from '../../src/data/copy-keys';
import { makeTextApi, type CopyApi } from '../../src/data/text';
import { loadAllData } from '../helpers/data-files';

// The lines marked @ts-expect-error are the test: `tsc` (npm run typecheck) fails if one of them compiles,
// that is if a misspelt key became valid by accident or the keys lost their types.
const data = loadAllData();
const text: CopyApi = makeTextApi({ copy: data.copy, facts: new Map(data.facts.facts.map((fact) => [fact.id, fact])) });

describe('copy keys, typed from copy.en.json', () => {
  it('t() takes the interface copy’s keys, and only those', () => {
    expect(text.t('caseView.next')).toBe('Next');
    // @ts-expect-error a misspelt key (at run time: a plain placeholder, never the key)
    expect(text.t('caseView.nxt')).toBe('(text missing)');
    // @ts-expect-error a key that is not in copy.en.json at all
    text.t('quoteViewer.copyLinks');
    const verdict = 'wrong' as 'accurate' | 'wrong';
    expect(text.t(`verdicts.${verdict}`)).toBe('Gets it wrong');
    // @ts-expect-error a key built from any string is not interface copy
    text.t(`verdicts.${String(verdict)}`);
  });

  it('tData() takes the keys built from data, in the shapes the reference table checks', () => {
    const claimId: string = 'total';
    expect(text.tData(`claims.${claimId}.statement`)).toMatch(/30\.8 million/);
    // @ts-expect-error a misspelt part of a data key
    text.tData(`claims.${claimId}.statment`);
    // @ts-expect-error copy keyed by data does not go through t(): it is checked against the data, not the code
    text.t('claims.total.statement');
    // @ts-expect-error and interface copy does not go through tData()
    text.tData('caseView.next');
  });

  it('derives the types from the JSON and from the table', () => {
    expectTypeOf<'header.summary'>().toExtend<CopyKey>();
    expectTypeOf<'cases.alexa.steps.product.title'>().toExtend<DataKey>();
    expectTypeOf<'quoteViewer.tabQuotes'>().toExtend<PluralKey>();
    expectTypeOf<string>().not.toExtend<CopyKey>();
    expectTypeOf<string>().not.toExtend<DataKey>();
  });
});
