import { describe, expectTypeOf, it } from 'vitest';
import type { CopyKey, DataKey, PluralKey } from '../../src/data/copy-keys';
import type { CopyApi } from '../../src/data/text';

// Type tests, run by vitest's typecheck (the `types` project in vitest.config.ts): `vitest run` fails when a type
// here is wrong, or when a line marked @ts-expect-error compiles (a misspelt key became valid by accident, or the
// keys lost their types). Nothing here runs; the runtime side of the keys is in copy-keys.test.ts.
declare const text: CopyApi;

describe('copy keys, typed from copy.en.json', () => {
  it('derives the types from the JSON and from the table', () => {
    expectTypeOf<'header.summary'>().toExtend<CopyKey>();
    expectTypeOf<'cases.alexa.steps.product.title'>().toExtend<DataKey>();
    expectTypeOf<'quoteViewer.tabQuotes'>().toExtend<PluralKey>();
    expectTypeOf<string>().not.toExtend<CopyKey>();
    expectTypeOf<string>().not.toExtend<DataKey>();
  });

  it('t() takes the interface copy’s keys, and only those', () => {
    // @ts-expect-error a key that is not in copy.en.json at all
    text.t('quoteViewer.copyLinks');
    const verdict = 'wrong' as 'accurate' | 'wrong';
    expectTypeOf(text.t(`verdicts.${verdict}`)).toBeString();
    // @ts-expect-error a key built from any string is not interface copy
    text.t(`verdicts.${String(verdict)}`);
  });

  it('tData() takes the keys built from data, in the shapes the reference table checks', () => {
    const claimId: string = 'total';
    // @ts-expect-error a misspelt part of a data key
    text.tData(`claims.${claimId}.statment`);
    // @ts-expect-error copy keyed by data does not go through t(): it is checked against the data, not the code
    text.t('claims.total.statement');
    // @ts-expect-error and interface copy does not go through tData()
    text.tData('caseView.next');
  });
});
