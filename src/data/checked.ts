/**
 * The cross-file checks, as a section runs them (model.ts): the reference table (references.ts) over the files
 * the section checks, then its copy. A chunk of its own: the page loads it only for a file the build did not
 * check (load.ts). The build (vite.config.ts, `verifiedHashes`) and the tests import it directly, with the
 * newsroom's rules.
 */
import { addIssue, DataError, type DataIssue, type Issues } from '../lib/data-error';
import { runRules, type CheckInput } from './checks';
import { KEY_OF, type Files, COPY_FILES, DATA_FILES, type DataFileName } from './schemas';
import { parseDataFile } from './load';
import { textHash } from './shipped';
import {
  BASE_FILES,
  buildSection,
  checkSet,
  DATA_SETS,
  type Checker,
  type DataSetName,
  type Loaded,
  type SectionData,
} from './model';
import { NEWSROOM_RULES } from './newsroom';
import { RULES } from './references';

/** What the set checks: its own files and its copy (not the files it only reads). */
function inputOf(set: DataSetName, loaded: Loaded): CheckInput {
  const files: Partial<Record<keyof Files, unknown>> = { copy: loaded.copy };
  for (const file of [...BASE_FILES, ...DATA_SETS[set].checks]) files[KEY_OF[file]] = loaded[KEY_OF[file]];
  return { files: files as Partial<Files>, copyName: loaded.copyName ?? 'copy.en.json' };
}

export const CHECKER: Checker = {
  references: (set, loaded, scope) => runRules(RULES, { ...inputOf(set, loaded), scope }, 'references'),
  copy: (set, loaded, values, issues) =>
    void runRules(RULES, { ...inputOf(set, loaded), values }, 'copy', false, issues),
};

/** buildSection with the checks, throwing its DataError: a section's data as the tests and the builders check it. */
export function checkedSection(set: DataSetName, loaded: Loaded, scope: Parameters<typeof buildSection>[2] = {}) {
  const section = buildSection(set, loaded, scope, CHECKER);
  if (section instanceof DataError) throw section;
  return section;
}

/** What every section's data holds, whatever its files (the tests' sources bundle extends it). */
export type Common = Pick<SectionData, 'facts' | 'sources' | 'copy' | 'copyName' | 'locale' | 'values'>;

// ---------- for the data tests and the build ----------
/** Every problem any section would report, file by file (each section's checks, as it runs them). */
export function allReferenceIssues(files: Loaded & Files): Issues {
  const runs = [
    ...files.cases.cases.map(({ id }) => checkSet('case', files, { case: id }, CHECKER)),
    ...(['money', 'sources', 'page'] as const).map((set) => checkSet(set, files, {}, CHECKER)),
  ];
  const all: Issues = new Map();
  const seen = new Set<string>();
  for (const { issues } of runs)
    for (const [file, list] of issues)
      for (const { path, message } of list) {
        const key = `${file} ${path} ${message}`;
        if (!seen.has(key)) addIssue(all, file, path, message);
        seen.add(key);
      }
  return all;
}

/**
 * What the build tells the page (load.ts): each data file's hash, if every file parses and every section's
 * checks pass in both editions; otherwise nothing, and the problems, so the page checks every file itself and
 * shows them where they belong.
 */
export function verifiedHashes(readText: (file: DataFileName) => string) {
  const texts = new Map((Object.keys(DATA_FILES) as DataFileName[]).map((file) => [file, readText(file)]));
  const problems: string[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const [file, text] of texts) {
    try {
      parsed[file] = parseDataFile(file, text);
    } catch (error) {
      problems.push(String(error instanceof Error ? error.message : error));
    }
  }
  if (problems.length === 0) {
    const files = Object.fromEntries(
      Object.entries(KEY_OF).map(([file, key]) => [key, parsed[file as DataFileName]]),
    ) as unknown as Files;
    for (const copyName of Object.values(COPY_FILES))
      for (const [file, list] of allReferenceIssues({ ...files, copy: parsed[copyName] as Files['copy'], copyName }))
        for (const issue of list) problems.push(`${file}: ${issue.path}: ${issue.message}`);
  }
  const hashes = problems.length ? {} : Object.fromEntries([...texts].map(([file, text]) => [file, textHash(text)]));
  return { hashes, problems };
}

/**
 * The newsroom's rules (newsroom.ts): a verified fact cites a dated source; a step's date is one of its items'
 * facts; a quote behind every verdict but "absent". Paths read `file: path (ids)`.
 */
export function editorialIssues(files: Pick<Files, 'facts' | 'sources' | 'cases' | 'claims' | 'quotes'>): DataIssue[] {
  const issues = runRules(NEWSROOM_RULES, { files, copyName: 'copy.en.json' }, 'references', true);
  return [...issues].flatMap(([file, list]) => list.map((issue) => ({ ...issue, path: `${file}: ${issue.path}` })));
}
