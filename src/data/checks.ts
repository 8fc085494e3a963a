/**
 * Runs a table of rules (references.ts, newsroom.ts) over the files a section loaded: every row whose file is
 * there, each problem named by its file and exact path. Pure; model.ts turns the result into a section's data.
 */
import { copyAt, dateRange, templateTokens } from './copy';
import { addIssue, type Issues } from '../lib/data-error';
import type { DerivedValue } from './derived';
import { KEY_OF, type DataFile, type Files, type CopyFileName, type Fact } from './schemas';
import { fillPattern, idOf, select, type Match, type Scope } from './paths';
import type { Check, Table, Target } from './references';

export interface CheckInput {
  files: Partial<Files>;
  /** The edition's copy file, named in messages about the copy. */
  copyName: CopyFileName;
  /** Figures computed from money.json that copy may name as `{token}`. */
  values?: Readonly<Record<string, DerivedValue>>;
  scope?: Scope;
}

type Entry = { id: string; kind?: string };

/** What a target may name, when its file is loaded. */
function candidates(to: Target, files: Partial<Files>, bound: Match['bound']): readonly Entry[] | undefined {
  if (to === 'source') return files.sources?.sources;
  if (to === 'article') return files.sources?.sources.filter((source) => source.kind === 'article');
  if (to === 'quote') return files.quotes?.quotes;
  if (to === 'claim') return files.claims?.claims;
  if (to === 'item') return (bound.case as { items?: Entry[] } | undefined)?.items;
  return files.facts?.facts;
}

/** A path with the ids of the entries it passes through: `cases[0].steps[6].momentFactId (alexa response)`. */
function labelled({ path, bound }: Match): string {
  const ids = Object.values(bound).flatMap((item) => (typeof item === 'object' ? [idOf(item)] : []));
  return ids.length > 0 ? `${path} (${ids.join(' ')})` : path;
}

/** Problems with one copy text: missing, or a `{token}` nothing fills. */
function copyIssues(
  text: string | undefined,
  facts: ReadonlyMap<string, Fact>,
  values: Readonly<Record<string, DerivedValue>>,
): string[] {
  if (text === undefined) return ['missing text'];
  return templateTokens(text).flatMap((token) => {
    if (facts.has(token) || token in values) return [];
    if (!token.includes('..')) return [`unknown placeholder {${token}}`];
    return dateRange(token, facts) ? [] : [`{${token}} must name two date facts`];
  });
}

/**
 * Run a table's checks of one kind: `references` (what a section needs before it renders) or `copy` (its copy,
 * checked once the figures it may name are known), adding to `issues`. `label` adds the entries' ids to paths:
 * `(alexa response)`.
 */
export function runRules(
  table: Table,
  input: CheckInput,
  kind: 'references' | 'copy',
  label = false,
  issues: Issues = new Map(),
): Issues {
  const { files, copyName, scope, values = {} } = input;
  const facts = new Map<string, Fact>(files.facts?.facts.map((fact) => [fact.id, fact]));
  // Each target's entries by id, once (a case's items once per case); undefined when its file is not loaded.
  const indexes = new Map<unknown, ReadonlyMap<string, Entry> | undefined>();
  const lookUp = (to: Target, bound: Match['bound']) => {
    const key = to === 'item' ? bound.case : to;
    if (!indexes.has(key)) {
      const list = candidates(to, files, bound);
      indexes.set(key, list && new Map(list.map((entry) => [entry.id, entry])));
    }
    return indexes.get(key);
  };
  for (const [file, rows] of Object.entries(table) as Array<[DataFile, Record<string, Check | readonly Check[]>]>) {
    const root = files[KEY_OF[file]];
    if (root === undefined) continue;
    for (const [path, row] of Object.entries(rows)) {
      const checks = ([] as Check[]).concat(row).filter((check) => (typeof check === 'object') === (kind === 'copy'));
      if (checks.length === 0) continue;
      const matches = select(root, path, scope);
      const key = /\.\{(\w+)\}$/.exec(path)?.[1];
      for (const check of checks) {
        const seen = new Set<string>();
        const wanted = typeof check === 'string' && check.endsWith(' fact') ? check.split(' ')[0] : undefined;
        for (const match of matches) {
          const report = (message: string) => addIssue(issues, file, label ? labelled(match) : match.path, message);
          const id = String(key === undefined ? match.value : match.bound[key]);
          if (typeof check === 'function') {
            for (const message of ([] as string[]).concat(check(match, files) ?? [])) report(message);
          } else if (typeof check === 'object') {
            if (check.when && !check.when(match.value)) continue;
            for (const pattern of check.copy) {
              const copyKey = fillPattern(pattern, match.bound);
              const text = files.copy && copyAt(files.copy, copyKey);
              for (const message of copyIssues(text, facts, values)) addIssue(issues, copyName, copyKey, message);
            }
          } else if (check === 'unique id') {
            // Within its own list: the two cases' items may share ids.
            const where = `${match.path.slice(0, match.path.lastIndexOf('['))} ${id}`;
            if (seen.has(where)) report(`duplicate id "${id}"`);
            seen.add(where);
          } else {
            const known = lookUp(check, match.bound);
            const found = known?.get(id);
            if (known && !found)
              report(
                check === 'article'
                  ? `"${id}" is not one of the articles`
                  : `unknown ${check.replace(/^\w+ /, '')} "${id}"`,
              );
            else if (found && wanted && found.kind !== wanted)
              report(`"${id}" is a ${found.kind} fact, not a ${wanted} fact`);
          }
        }
      }
    }
  }
  return issues;
}
