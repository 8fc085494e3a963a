/** The schema of money.json: the payments, the comparisons and the legal ceiling, each figure by its fact's id. */
import * as z from 'zod/mini';
import { caseIdSchema, id, languageSchema, nonEmpty } from './schema-primitives';

export const moneyFileSchema = z.strictObject({
  payments: z
    .array(
      z.strictObject({
        id: id(),
        case: caseIdSchema,
        kind: z.enum(['civil-penalty', 'refunds']),
        recipient: z.enum(['united-states', 'ring-customers']),
        amountFactId: id(),
        sourceIds: z.array(id()).check(z.minLength(1)),
        paidOut: z.optional(
          z.strictObject({
            amountFactId: id(),
            recipientsFactId: id(),
            dateFactId: id(),
            sourceIds: z.array(id()).check(z.minLength(1)),
          }),
        ),
      }),
    )
    .check(z.minLength(1)),
  totalFactId: id(),
  financials: z.strictObject({
    year: z.number().check(z.int()),
    netSalesFactId: id(),
    netIncomeFactId: id(),
    priorYear: z.number().check(z.int()),
    priorNetSalesFactId: id(),
    priorNetIncomeFactId: id(),
  }),
  coppaPenalties: z
    .array(
      z.strictObject({
        id: id(),
        company: nonEmpty(),
        product: nonEmpty(),
        amountFactId: id(),
        dateFactId: id(),
        highlight: z.optional(z.boolean()),
        /** The company and product as a reader of another edition would write them. */
        translations: z.optional(
          z.partialRecord(languageSchema, z.strictObject({ company: nonEmpty(), product: nonEmpty() })),
        ),
      }),
    )
    .check(z.minLength(2)),
  /**
   * Later events that put the 2023 sums in scale (Amazon's 2025 Prime penalty): each a paragraph of copy
   * (`penalties.later.{id}`) with its facts, sources and the date we last checked it.
   */
  later: z.array(
    z.strictObject({
      id: id(),
      factIds: z.array(id()),
      sourceIds: z.array(id()).check(z.minLength(1)),
      checked: z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD')),
    }),
  ),
  ceiling: z.strictObject({
    perViolationFactId: id(),
    priorPerViolationFactId: id(),
    effectiveFactId: id(),
    countFactId: id(),
    actualFactId: id(),
  }),
});

export type MoneyFile = z.infer<typeof moneyFileSchema>;
