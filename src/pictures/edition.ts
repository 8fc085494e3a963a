/**
 * One edition's data for the pictures, parsed and checked exactly as the sections check it (checkedSection): a
 * broken or inconsistent file stops the build here, naming the file and the field, rather than drawing a wrong
 * figure. Every text in a picture comes from this: copy templates filled with facts, and figures from the facts.
 */
import { checkedSection } from '../data/checked';
import { KEY_OF, type Files, COPY_FILES, type CaseId, type DataFileName } from '../data/schemas';
import { parseDataFile } from '../data/load';
import type { Loaded, SectionData } from '../data/model';
import { makeTextApi, type CopyApi } from '../data/text';
import type { Locale } from '../lib/locales';

export type ReadDataText = (file: DataFileName) => string;

export interface Edition {
  locale: Locale;
  /** The money section's data: facts, sources, money.json and the figures derived from it. */
  money: SectionData;
  /** The sources section's: articles, claims, quotes. */
  sources: SectionData;
  cases: Record<CaseId, SectionData>;
  /** The edition's copy, filled with facts and derived figures. */
  text: CopyApi;
}

/** Parse every data file once; the two editions share all but their copy. */
export function parseFiles(read: ReadDataText): Omit<Files, 'copy'> {
  const entries = (Object.keys(KEY_OF) as Array<keyof typeof KEY_OF>).map((file) => [
    KEY_OF[file],
    parseDataFile(file, read(file)),
  ]);
  return Object.fromEntries(entries) as Omit<Files, 'copy'>;
}

export function loadEdition(files: Omit<Files, 'copy'>, read: ReadDataText, locale: Locale): Edition {
  const copyName = COPY_FILES[locale];
  const loaded: Loaded = { ...files, copy: parseDataFile(copyName, read(copyName)), copyName, locale };
  const money = checkedSection('money', loaded);
  return {
    locale,
    money,
    sources: checkedSection('sources', loaded),
    cases: {
      alexa: checkedSection('case', loaded, { case: 'alexa' }),
      ring: checkedSection('case', loaded, { case: 'ring' }),
    },
    text: makeTextApi(money),
  };
}
