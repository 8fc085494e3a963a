import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataFile, type DataOf } from '../../src/data/load';
import type { DataFileName } from '../../src/data/schemas';

export const DATA_DIR = `${resolve(process.cwd(), 'public/data')}/`;
/** The source articles, beside the repository (present in CI and on developers' machines). */
export const SEEDS_DIR = `${resolve(process.cwd(), process.env.SEEDS_DIR ?? '../shared/seeds')}/`;
export const seedsAvailable = existsSync(SEEDS_DIR);

export function readDataText(file: DataFileName): string {
  return readFileSync(`${DATA_DIR}${file}`, 'utf8');
}

export function loadDataFile<F extends DataFileName>(file: F): DataOf<F> {
  return parseDataFile(file, readDataText(file));
}

export function loadAllData() {
  return {
    sources: loadDataFile('sources.json'),
    facts: loadDataFile('facts.json'),
    cases: loadDataFile('cases.json'),
    money: loadDataFile('money.json'),
    quotes: loadDataFile('quotes.json'),
    claims: loadDataFile('claims.json'),
    updates: loadDataFile('updates.json'),
    copy: loadDataFile('copy.en.json'),
  };
}

/** Whitespace-normalised text, as the verbatim rule allows. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
