/**
 * What the data files may say about each other, as one table: file → path → what the value there must be.
 * Each section runs the rows its files can answer (checks.ts, for model.ts), and a problem names its file and
 * exact path: `quotes.json: quotes[0].claimIds[0]: unknown claim "no-such-claim"`.
 *
 * A path uses `[*]` for every item of a list, `[{case}]` to bind the item to a name, `.{article}` for every key
 * of an object (binding the key; an id at such a path is the key). What is found there must be:
 * - a target: `'fact'`, `'date fact'` (a fact of that kind), `'source'`, `'article'`, `'quote'`, `'claim'`, or
 *   `'item'` (of the same case): the id names one; `'unique id'`: no other in its list has it;
 * - `{ copy }`: these keys exist in the edition's copy, with every `{token}` fillable; their `{name}`s are the
 *   path's bindings (`{case}` the bound item's id, `{step.scene}` one of its fields). These rows are also the
 *   type of the copy keys built from data (`DataKey`, copy-keys.ts): components can only ask for checked copy;
 * - a function: anything else, as a sentence about what is wrong.
 * The newsroom's own rules, which the page renders without, are a table of the same shape in newsroom.ts.
 */
import { type DataFile, type Files, type Fact } from './schemas';
import type { Match } from './paths';

export type Target =
  'fact' | 'money fact' | 'count fact' | 'date fact' | 'source' | 'article' | 'quote' | 'claim' | 'item';
export type Test = (match: Match, files: Partial<Files>) => string | readonly string[] | undefined;
export type Check = Target | 'unique id' | Test | { copy: readonly string[]; when?: (value: unknown) => boolean };
export type Table = { readonly [F in DataFile]?: Readonly<Record<string, Check | readonly Check[]>> };

/** A total is the sum of its parts. */
function addsUp({ bound }: Match, files: Partial<Files>): string | undefined {
  const fact = bound.fact as Fact;
  if (fact.kind !== 'money' || !fact.sumOf) return undefined;
  const parts = new Map(files.facts?.facts.map((part) => [part.id, part]));
  const sum = fact.sumOf.reduce((total, id) => {
    const part = parts.get(id);
    return total + (part?.kind === 'money' ? part.value : Number.NaN);
  }, 0);
  return Math.abs(sum - fact.value) > 0.5 ? `is ${fact.value} but its parts add up to ${sum}` : undefined;
}

const factOf = (files: Partial<Files>, id: unknown) => files.facts?.facts.find((fact) => fact.id === id);

/** Sums the charts divide by, or draw as bars, must be more than zero (net sales, penalties, payments). */
function positiveMoney({ value }: Match, files: Partial<Files>): string | undefined {
  const fact = factOf(files, value);
  return fact?.kind === 'money' && !(fact.value > 0)
    ? `names fact "${String(value)}", ${fact.value}: it must be more than zero`
    : undefined;
}

/** The ceiling's grid draws one square per actual penalty in the ceiling: thousands, not millions (a typo in a count). */
function drawableGrid({ value }: Match, files: Partial<Files>): string | undefined {
  const ceiling = value as { perViolationFactId: string; countFactId: string; actualFactId: string };
  const number = (id: string) => {
    const fact = factOf(files, id);
    return typeof fact?.value === 'number' ? fact.value : Number.NaN;
  };
  const squares = (number(ceiling.perViolationFactId) * number(ceiling.countFactId)) / number(ceiling.actualFactId);
  return squares > 20_000
    ? `makes a grid of ${Math.round(squares)} squares: more than 20,000 cannot be drawn`
    : undefined;
}

/** Each claim has a verdict for each article. */
function everyArticle({ value }: Match, files: Partial<Files>): string[] {
  return (files.sources?.sources ?? []).flatMap((source) =>
    source.kind !== 'article' || Object.hasOwn(value as object, source.id)
      ? []
      : [`no verdict for article "${source.id}"`],
  );
}

export const RULES = {
  'sources.json': { 'sources[*].id': 'unique id' },
  'facts.json': {
    'facts[*].id': 'unique id',
    'facts[*].sourceIds[*]': 'source',
    'facts[*].sumOf[*]': 'money fact',
    'facts[{fact}].value': addsUp,
  },
  'cases.json': {
    'cases[{case}]': { copy: ['cases.{case}.intro', 'courts.{case.court.id}'] },
    'cases[{case}].filedFactId': 'date fact',
    'cases[{case}].orderEnteredFactId': 'date fact',
    'cases[{case}].moneyFactId': 'money fact',
    'cases[{case}].laws[{law}]': { copy: ['laws.{law}'] },
    'cases[{case}].items[*].id': 'unique id',
    'cases[{case}].items[*].factIds[*]': 'fact',
    'cases[{case}].items[*].sourceIds[*]': 'source',
    'cases[{case}].items[{item}]': { copy: ['cases.{case}.items.{item}'] },
    'cases[{case}].steps[*].id': 'unique id',
    'cases[{case}].steps[*].itemIds[*]': 'item',
    'cases[{case}].steps[*].quoteIds[*]': 'quote',
    'cases[{case}].steps[*].momentFactId': 'date fact',
    'cases[{case}].steps[{step}]': {
      copy: [
        'cases.{case}.steps.{step}.title',
        'cases.{case}.steps.{step}.lede',
        'caseView.scenes.{case}.{step.scene}',
      ],
    },
    'cases[{case}].aftermath[*].id': 'unique id',
    'cases[{case}].aftermath[*].factIds[*]': 'fact',
    'cases[{case}].aftermath[*].sourceIds[*]': 'source',
    'cases[{case}].aftermath[{entry}]': { copy: ['cases.{case}.aftermath.{entry}'] },
    'timeline[*].id': 'unique id',
    'timeline[*].startFactId': 'date fact',
    'timeline[*].endFactId': 'date fact',
    'timeline[{event}]': { copy: ['timeline.events.{event}'] },
  },
  'money.json': {
    // The whole file: the section's prose, whose {tokens} are figures computed from this file (derived.ts).
    '': {
      copy: [
        'penalties.intro',
        'penalties.paidOut',
        'penalties.total',
        'penalties.context',
        'penalties.twoDays',
        'penalties.coppaIntro',
        'penalties.ceiling',
      ],
    },
    'payments[*].amountFactId': ['money fact', positiveMoney],
    'payments[*].sourceIds[*]': 'source',
    'payments[*].paidOut.amountFactId': 'money fact',
    'payments[*].paidOut.recipientsFactId': 'count fact',
    'payments[*].paidOut.dateFactId': 'date fact',
    'payments[*].paidOut.sourceIds[*]': 'source',
    totalFactId: 'money fact',
    'financials.netSalesFactId': ['money fact', positiveMoney],
    'financials.netIncomeFactId': 'money fact',
    'financials.priorNetSalesFactId': ['money fact', positiveMoney],
    'financials.priorNetIncomeFactId': 'money fact',
    'coppaPenalties[*].amountFactId': ['money fact', positiveMoney],
    'coppaPenalties[*].dateFactId': 'date fact',
    'later[*].id': 'unique id',
    'later[*].factIds[*]': 'fact',
    'later[*].sourceIds[*]': 'source',
    'later[{entry}]': { copy: ['penalties.later.{entry}'] },
    'ceiling.perViolationFactId': ['money fact', positiveMoney],
    'ceiling.priorPerViolationFactId': 'money fact',
    'ceiling.effectiveFactId': 'date fact',
    'ceiling.countFactId': 'count fact',
    'ceiling.actualFactId': ['money fact', positiveMoney],
    ceiling: drawableGrid,
  },
  'quotes.json': {
    'quotes[*].id': 'unique id',
    'quotes[*].sourceId': 'article',
    'quotes[*].claimIds[*]': 'claim',
  },
  'claims.json': {
    'claims[*].id': 'unique id',
    'claims[{claim}]': { copy: ['claims.{claim}.headline', 'claims.{claim}.statement', 'claims.{claim}.record'] },
    'claims[*].record.factIds[*]': 'fact',
    'claims[*].record.sourceIds[*]': 'source',
    'claims[*].verdicts': everyArticle,
    // Our note on each loose or wrong account.
    'claims[{claim}].verdicts.{article}': [
      'article',
      { copy: ['claims.{claim}.notes.{article}'], when: (verdict) => verdict === 'imprecise' || verdict === 'wrong' },
    ],
    // What each article said, for the structured data: a quote of that article (tests/unit/data.test.ts checks its words).
    'claims[*].said.{article}': 'article',
    'claims[*].said.{article}.quoteId': 'quote',
    'corrections[*].id': 'unique id',
    'corrections[*].factIds[*]': 'fact',
    'corrections[*].sourceIds[*]': 'source',
    'corrections[{correction}]': { copy: ['corrections.{correction}.claim', 'corrections.{correction}.finding'] },
  },
  'updates.json': {
    'updates[*].id': 'unique id',
    'updates[*].factIds[*]': 'fact',
    'updates[*].sourceIds[*]': 'source',
    'updates[*].verdicts[*].claimId': 'claim',
    'updates[*].verdicts[*].sourceId': 'article',
    'updates[{update}]': { copy: ['updates.{update}.what', 'updates.{update}.why'] },
  },
} as const satisfies Table;
