/**
 * zod schemas for every file in public/data, and the types inferred from them: here, and in money-schema.ts and
 * claims-schema.ts (their shared building blocks in schema-primitives.ts). Components only ever see data that passed
 * these schemas and the cross-file checks (references.ts, checks.ts).
 */
import * as z from 'zod/mini';
import { copyMarkerIssues } from './copy';
import { schemaMessage } from './schema-messages';
import {
  caseIdSchema,
  caseScopeSchema,
  httpsUrl,
  id,
  isoDate,
  languageSchema,
  nonEmpty,
  text,
} from './schema-primitives';
import { moneyFileSchema } from './money-schema';
import { claimsFileSchema } from './claims-schema';

// Every schema's messages, in the reader's words (applied when a file is parsed).
z.config({ customError: schemaMessage });
export * from './money-schema';
export * from './claims-schema';

// ---------- sources.json ----------
export const sourceSchema = z.strictObject({
  id: id(),
  kind: z.enum(['article', 'government', 'court', 'company', 'news', 'law-firm', 'reference']),
  outletKind: z.optional(
    z.enum(['seller-news-portal', 'seller-agency-blog', 'tech-blog', 'unattributed-site', 'tech-news-site']),
  ),
  outlet: z.nullable(nonEmpty()),
  title: z.optional(nonEmpty()),
  author: z.optional(nonEmpty()),
  date: z.optional(isoDate()),
  language: languageSchema,
  /** Set when the text we have is a translation: the language of the original. */
  originalLanguage: z.optional(languageSchema),
  url: z.optional(httpsUrl()),
  /**
   * A document issued by a court, an agency or a company that we cite at its official address (`url`, on the
   * issuer's own site). A newsroom rule checks the address. A filing or release we read only in a copy, or know
   * only from reports of it, says so instead with `readVia`: the method note rests on this distinction.
   */
  primary: z.optional(z.literal(true)),
  readVia: z.optional(z.enum(['copy', 'reports'])),
  /** The article's text as collected, in ../shared/seeds (used by the verbatim test). */
  seed: z.optional(z.strictObject({ file: z.string().check(z.regex(/^[\w.-]+\.txt$/)) })),
  /** Our translations of the outlet name and title, by reader language. */
  translations: z.optional(
    z.partialRecord(languageSchema, z.strictObject({ outlet: z.optional(nonEmpty()), title: z.optional(nonEmpty()) })),
  ),
});
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).check(z.minLength(1)) });

// ---------- quotes.json: the articles' own words ----------
export const quoteSchema = z.strictObject({
  id: id(),
  sourceId: id(),
  case: caseScopeSchema,
  claimIds: z.array(id()).check(z.minLength(1)),
  /** Verbatim excerpt of the article (whitespace aside). Plain text, never HTML. */
  text: nonEmpty(),
  /** Our translations into reader languages, always shown labelled as translations. */
  translations: z.optional(z.partialRecord(languageSchema, nonEmpty())),
});
export const quotesFileSchema = z.strictObject({ quotes: z.array(quoteSchema).check(z.minLength(1)) });

// ---------- facts.json ----------
const factBase = {
  id: id(),
  /** UNVERIFIED facts are not allowed in the data at all: they must not be shown as fact. */
  status: z.enum(['verified', 'verified-secondary', 'arithmetic']),
  sourceIds: z.array(id()).check(z.minLength(1)),
};
export const factSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...factBase,
    kind: z.literal('money'),
    value: z.number(),
    sumOf: z.optional(z.array(id()).check(z.minLength(2))),
  }),
  z.strictObject({ ...factBase, kind: z.literal('count'), value: z.number().check(z.int(), z.nonnegative()) }),
  z.strictObject({ ...factBase, kind: z.literal('date'), value: isoDate() }),
  z.strictObject({
    ...factBase,
    kind: z.literal('duration'),
    value: z.number().check(z.positive()),
    unit: z.enum(['minute', 'hour', 'day', 'month', 'year']),
  }),
]);
export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).check(z.minLength(1)) });

// ---------- cases.json ----------
export const caseItemSchema = z.strictObject({
  id: id(),
  kind: z.enum(['context', 'allegation', 'event', 'term', 'response']),
  factIds: z.array(id()),
  sourceIds: z.array(id()).check(z.minLength(1)),
});
export const caseStepSchema = z.strictObject({
  id: id(),
  scene: id(),
  momentFactId: id(),
  itemIds: z.array(id()).check(z.minLength(1)),
  quoteIds: z.optional(z.array(id())),
});
/**
 * After the settlement: what the order still requires, what is not known, and what it means for the case's
 * readers. Each entry cites its sources and says when we last checked it; its text is copy
 * (`cases.{case}.aftermath.{id}`).
 */
export const aftermathSchema = z.strictObject({
  id: id(),
  kind: z.enum(['requires', 'unknown', 'since', 'for-you']),
  factIds: z.array(id()),
  sourceIds: z.array(id()).check(z.minLength(1)),
  checked: z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD')),
});

export type AftermathEntry = z.infer<typeof aftermathSchema>;

export const caseSchema = z.strictObject({
  id: caseIdSchema,
  caption: nonEmpty(),
  plaintiff: z.enum(['united-states', 'ftc']),
  filedBy: z.enum(['doj-for-ftc', 'ftc']),
  defendants: z.array(nonEmpty()).check(z.minLength(1)),
  court: z.strictObject({ id: id(), docket: nonEmpty(), judge: z.optional(nonEmpty()) }),
  laws: z.array(id()).check(z.minLength(1)),
  filedFactId: id(),
  orderEnteredFactId: z.optional(id()),
  moneyFactId: id(),
  moneyKind: z.enum(['civil-penalty', 'refunds']),
  items: z.array(caseItemSchema).check(z.minLength(1)),
  steps: z.array(caseStepSchema).check(z.minLength(6)),
  aftermath: z.array(aftermathSchema).check(z.minLength(1)),
});
export const timelineEventSchema = z.strictObject({
  id: id(),
  case: caseScopeSchema,
  startFactId: id(),
  endFactId: z.optional(id()),
});
export const casesFileSchema = z.strictObject({
  cases: z.array(caseSchema).check(z.length(2)),
  timeline: z.array(timelineEventSchema).check(z.minLength(1)),
});

// ---------- updates.json ----------
/**
 * The corrections and updates log readers see in the footer: one entry per change, its words in the copy files
 * under `updates.<id>.what` and `updates.<id>.why`. The newest entry's date is the page's "last updated".
 */
export const updateSchema = z.strictObject({
  id: id(),
  date: isoDate(),
  kind: z.enum(['correction', 'clarification', 'update']),
  /** The verdicts (claim × article) this entry changed: their ClaimReviews are dated by it. */
  verdicts: z.optional(z.array(z.strictObject({ claimId: id(), sourceId: id() }))),
  factIds: z.array(id()),
  sourceIds: z.array(id()).check(z.minLength(1)),
});
export const updatesFileSchema = z.strictObject({
  /** The day the explainer was first published (the NewsArticle's datePublished). */
  published: z.optional(isoDate()),
  updates: z.array(updateSchema).check(z.minLength(1)),
});

// ---------- copy.<lang>.json ----------
export type CopyNode = string | string[] | { [key: string]: CopyNode };
export const copyNodeSchema: z.ZodMiniType<CopyNode> = z.lazy(() =>
  z.union([text(), z.array(text()), z.record(z.string(), copyNodeSchema)]),
);
/** A copy file; its term markers (`[[coppa|COPPA]]`, copy.ts) are well formed and name a term of its own glossary. */
export const copyFileSchema = z.record(z.string(), copyNodeSchema).check(
  z.superRefine((copy, ctx) => {
    for (const { path, message } of copyMarkerIssues(copy))
      ctx.addIssue({ code: 'custom', message, path, input: copy });
  }),
);

export type Language = z.infer<typeof languageSchema>;
export type CaseId = z.infer<typeof caseIdSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Fact = z.infer<typeof factSchema>;
export type CaseItem = z.infer<typeof caseItemSchema>;
export type CaseStep = z.infer<typeof caseStepSchema>;
export type Case = z.infer<typeof caseSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Update = z.infer<typeof updateSchema>;
export type CopyFile = z.infer<typeof copyFileSchema>;

/** Every data file, by name, with its schema. The single list the loaders and the schema tests share. */
export const DATA_FILES = {
  'sources.json': sourcesFileSchema,
  'facts.json': factsFileSchema,
  'cases.json': casesFileSchema,
  'money.json': moneyFileSchema,
  'quotes.json': quotesFileSchema,
  'claims.json': claimsFileSchema,
  'updates.json': updatesFileSchema,
  'copy.en.json': copyFileSchema,
  'copy.zh-Hans.json': copyFileSchema,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

/** The copy file of each edition. */
export const COPY_FILES = { en: 'copy.en.json', 'zh-Hans': 'copy.zh-Hans.json' } as const satisfies Record<
  string,
  DataFileName
>;
export type CopyFileName = (typeof COPY_FILES)[keyof typeof COPY_FILES];

// ---------- the files as the code passes them around: each one's parsed type, and its short name ----------
/** A data file other than a copy file. */
export type DataFile = Exclude<DataFileName, CopyFileName>;

export type DataOf<F extends DataFileName> = z.infer<(typeof DATA_FILES)[F]>;

/** The short name under which each file is passed around. */
export const KEY_OF = {
  'sources.json': 'sources',
  'facts.json': 'facts',
  'cases.json': 'cases',
  'money.json': 'money',
  'quotes.json': 'quotes',
  'claims.json': 'claims',
  'updates.json': 'updates',
} as const satisfies Record<DataFile, string>;

/** The parsed files by short name; `copy` is one edition's copy file, named by `copyName` in messages. */
export type Files = { [F in DataFile as (typeof KEY_OF)[F]]: DataOf<F> } & { copy: DataOf<'copy.en.json'> };
