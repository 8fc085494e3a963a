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

export type TemplatePart = { type: 'text'; text: string } | { type: 'token'; name: string };

/** Split `More than {alexa-child-profiles} children` into text and `{token}` parts. No HTML, ever. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pattern = /\{([a-zA-Z0-9-]+(?:\.\.[a-zA-Z0-9-]+)?)\}/g;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (match.index > last) parts.push({ type: 'text', text: template.slice(last, match.index) });
    parts.push({ type: 'token', name: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ type: 'text', text: template.slice(last) });
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
