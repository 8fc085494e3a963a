/**
 * The data files as the code passes them around: each file's parsed type, and the short name it goes by. Types
 * and one table only, so that the loaders (load.ts), the checks (references.ts, checks.ts) and the sections
 * (model.ts) can all name them without importing one another.
 */
import type * as z from 'zod/mini';
import type { CopyFileName, DATA_FILES, DataFileName } from './schemas';

/** A data file other than a copy file. */
export type DataFile = Exclude<DataFileName, CopyFileName>;

export type DataOf<F extends DataFileName> = z.infer<(typeof DATA_FILES)[F]>;

/** The parsed files by short name; `copy` is one edition's copy file, named by `copyName` in messages. */
export interface Files {
  sources: DataOf<'sources.json'>;
  facts: DataOf<'facts.json'>;
  cases: DataOf<'cases.json'>;
  money: DataOf<'money.json'>;
  quotes: DataOf<'quotes.json'>;
  claims: DataOf<'claims.json'>;
  updates: DataOf<'updates.json'>;
  copy: DataOf<'copy.en.json'>;
}

/** The short name under which each file is passed around. */
export const KEY_OF = {
  'sources.json': 'sources',
  'facts.json': 'facts',
  'cases.json': 'cases',
  'money.json': 'money',
  'quotes.json': 'quotes',
  'claims.json': 'claims',
  'updates.json': 'updates',
} as const satisfies Record<DataFile, keyof Files>;
