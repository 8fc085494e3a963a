import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataOf } from '../../src/data/schemas';
import { parseDataFile } from '../../src/data/load';
import type { DataFileName } from '../../src/data/schemas';

export const DATA_DIR = `${resolve(process.cwd(), 'public/data')}/`;
/**
 * The five source articles as collected. The verbatim test reads the copy committed in tests/fixtures/seeds, so
 * it runs on every machine, CI included; where the shared originals sit beside the repository (../shared/seeds,
 * or $SEEDS_DIR), a test checks that the committed copy is still identical to them.
 */
export const SEEDS_DIR = `${resolve(process.cwd(), 'tests/fixtures/seeds')}/`;
export const SHARED_SEEDS_DIR = `${resolve(process.cwd(), process.env.SEEDS_DIR ?? '../shared/seeds')}/`;
export const sharedSeedsAvailable = existsSync(SHARED_SEEDS_DIR);

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
