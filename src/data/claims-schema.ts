/** The schema of claims.json: each claim in circulation, how the record answers it, and each article's verdict. */
import * as z from 'zod/mini';
import { caseScopeSchema, id, nonEmpty } from './schema-primitives';

// ---------- claims.json ----------
export const verdictSchema = z.enum(['accurate', 'imprecise', 'wrong', 'absent']);
export const claimSchema = z.strictObject({
  id: id(),
  case: caseScopeSchema,
  record: z.strictObject({
    status: z.enum(['established', 'alleged', 'company-claim', 'false']),
    factIds: z.array(id()),
    sourceIds: z.array(id()).check(z.minLength(1)),
  }),
  /**
   * What each article that makes the claim said, in each reader language, for the ClaimReview structured data
   * (src/app/structured-data.ts): an excerpt of the quote `quoteId` of that article (its text or our translation,
   * whitespace aside), or, marked `paraphrase`, a faithful short paraphrase of that quote.
   */
  said: z.optional(
    z.record(
      id(),
      z.strictObject({
        quoteId: id(),
        paraphrase: z.optional(z.literal(true)),
        en: nonEmpty(),
        'zh-Hans': nonEmpty(),
      }),
    ),
  ),
  /** One verdict per article: how the article's account compares with the record. */
  verdicts: z.record(id(), verdictSchema),
});
/**
 * How the record answers a claim in circulation: refuted (✗, shown only where the record refutes it), could
 * not be confirmed either way (?), or acceptable with a caveat (≈).
 */
export const correctionRatingSchema = z.enum(['refuted', 'unconfirmed', 'acceptable']);
export const correctionSchema = z.strictObject({
  id: id(),
  kind: z.enum(['common', 'outlet']),
  rating: correctionRatingSchema,
  outlet: z.optional(nonEmpty()),
  factIds: z.array(id()),
  sourceIds: z.array(id()),
});
export const claimsFileSchema = z.strictObject({
  claims: z.array(claimSchema).check(z.minLength(1)),
  corrections: z.array(correctionSchema),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionRating = z.infer<typeof correctionRatingSchema>;
