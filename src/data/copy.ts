import type { CopyFile, CopyNode, Fact } from './schemas';

/** Look up `a.b.c` in a copy file; undefined when missing or not a string. */
export function copyAt(copy: CopyFile, path: string): string | undefined {
  let node: CopyNode | undefined = copy;
  for (const key of path.split('.')) {
    if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
    node = node[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every string leaf's path, for completeness checks between editions. */
export function copyKeys(copy: CopyNode, prefix = ''): string[] {
  if (typeof copy === 'string' || Array.isArray(copy)) return [prefix];
  return Object.entries(copy).flatMap(([key, child]) => copyKeys(child, prefix ? `${prefix}.${key}` : key));
}

type TemplatePart =
  { type: 'text'; text: string } | { type: 'token'; name: string } | { type: 'term'; id: string; text: string };

/**
 * A glossary term marked where the story first uses it in a section: `[[coppa|COPPA]]`, the term's id in the
 * glossary, then the words as written. The words hold no brackets, bar or `{token}`.
 */
const TERM = /^([a-z0-9]+(?:-[a-z0-9]+)*)\|([^[\]|{}]*[^\s[\]|{}][^[\]|{}]*)$/;
/** In order: a whole marker, an opening with no end (and its id), a stray end, a `{token}`. */
const PIECES = /\[\[([^[\]]*)\]\]|\[\[(?:[a-z0-9-]*\|)?|\]\]|\{([a-zA-Z0-9-]+(?:\.\.[a-zA-Z0-9-]+)?)\}/g;

/** Add a part, joining text to the text before it. */
function push(parts: TemplatePart[], part: TemplatePart): void {
  const last = parts.at(-1);
  if (part.type === 'text' && last?.type === 'text') last.text += part.text;
  else if (part.type !== 'text' || part.text) parts.push(part);
}

/**
 * Split `More than {alexa-child-profiles} children` into text and `{token}` parts, and `[[coppa|COPPA]]` into a
 * term part. A malformed marker is plain words, never its brackets: `[[coppa COPPA]]` reads "coppa COPPA",
 * `[[x|words` reads "words" (the data checks report both, `markerProblems`). Only the template is read this way:
 * values filled into it later (a quote, a name) are never parsed. No HTML, ever.
 */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PIECES)) {
    push(parts, { type: 'text', text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, marker, token] = match;
    if (token !== undefined) {
      parts.push({ type: 'token', name: token });
    } else if (marker !== undefined) {
      const term = TERM.exec(marker);
      if (term) parts.push({ type: 'term', id: term[1] ?? '', text: term[2] ?? '' });
      else for (const part of parseTemplate(marker.slice(marker.indexOf('|') + 1))) push(parts, part);
    }
    // Otherwise an opening with no end, or a stray end: dropped.
  }
  push(parts, { type: 'text', text: template.slice(last) });
  return parts;
}

/** The token names a template uses. */
export function templateTokens(template: string): string[] {
  return parseTemplate(template).flatMap((part) => (part.type === 'token' ? [part.name] : []));
}

/** The two date facts of a `{from..to}` token, or null. */
export function dateRange(token: string, facts: ReadonlyMap<string, Fact>): [string, string] | null {
  const [fromId, toId, ...rest] = token.split('..');
  if (fromId === undefined || toId === undefined || rest.length > 0) return null;
  const from = facts.get(fromId);
  const to = facts.get(toId);
  return from?.kind === 'date' && to?.kind === 'date' ? [from.value, to.value] : null;
}

/** The ids of the glossary's terms (`glossary.{id}.term` and `.definition`) in a copy file. */
export function glossaryTerms(copy: { [key: string]: CopyNode }): Set<string> {
  return new Set(
    Object.keys(copy.glossary ?? {}).filter(
      (id) =>
        copyAt(copy, `glossary.${id}.term`) !== undefined && copyAt(copy, `glossary.${id}.definition`) !== undefined,
    ),
  );
}

/** What is wrong with the term markers of one text: malformed, or naming no term of the glossary. */
export function markerProblems(text: string, terms: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [whole, marker] of text.matchAll(/\[\[([^[\]]*)\]\]|\[\[|\]\]/g)) {
    const term = marker === undefined ? null : TERM.exec(marker);
    if (!term) problems.push(`malformed term marker ${JSON.stringify(whole)}: write [[term-id|the words]]`);
    else if (!terms.has(term[1] ?? ''))
      problems.push(`term marker ${JSON.stringify(whole)} names "${term[1]}", which is not a term in glossary`);
  }
  return problems;
}

/** Every text of a copy tree with its path, a list's texts one by one: `['header', 'points', 0]`. */
export function copyTexts(node: CopyNode, path: Array<string | number> = []): Array<[string, Array<string | number>]> {
  if (typeof node === 'string') return [[node, path]];
  if (Array.isArray(node)) return node.map((text, index) => [text, [...path, index]]);
  return Object.entries(node).flatMap(([key, child]) => copyTexts(child, [...path, key]));
}

/** Every problem with the term markers of a copy file, by path (for its schema). */
export function copyMarkerIssues(copy: { [key: string]: CopyNode }) {
  const terms = glossaryTerms(copy);
  return copyTexts(copy).flatMap(([text, path]) => markerProblems(text, terms).map((message) => ({ path, message })));
}
