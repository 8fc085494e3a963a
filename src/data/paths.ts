/**
 * Paths into a data file, as the reference table writes them (`payments[*].amountFactId`), and the places
 * they match, each with its exact path (`payments[1].amountFactId`) for the error message.
 *
 * - `name` is a field (a missing optional field matches nothing);
 * - `[*]` is every item of a list, `[{case}]` the same with the item bound to the name `case`;
 * - `.{article}` is every field of an object, its key bound to the name `article`.
 *
 * A `{name}` in a copy key is filled from those bindings: `{case}` is the bound item's id
 * (or the item itself when it is a string), `{step.scene}` a field of the bound item.
 */

type Segment = { kind: 'field'; name: string } | { kind: 'item'; bind?: string } | { kind: 'key'; bind: string };

export interface Match {
  value: unknown;
  path: string;
  /** What each `{name}` matched: a list item, or an object key. */
  bound: Readonly<Record<string, unknown>>;
}

/** Only these items match `[{name}]`: `{ case: 'alexa' }` keeps one case's steps and items. */
export type Scope = Readonly<Record<string, string | undefined>>;

const SEGMENT = /\[\*\]|\[\{(\w+)\}\]|\.?\{(\w+)\}|\.?([\w-]+)/g;
const parsed = new Map<string, Segment[]>();

function parse(pattern: string): Segment[] {
  let segments = parsed.get(pattern);
  if (!segments) {
    segments = [...pattern.matchAll(SEGMENT)].map(([token, item, key, field]): Segment => {
      if (token === '[*]') return { kind: 'item' };
      if (item) return { kind: 'item', bind: item };
      if (key) return { kind: 'key', bind: key };
      return { kind: 'field', name: field ?? '' };
    });
    parsed.set(pattern, segments);
  }
  return segments;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list item's id: its `id` field, or the item itself when it is a plain string. */
export function idOf(value: unknown): string {
  return isRecord(value) && 'id' in value ? String(value.id) : String(value);
}

/** Every place `pattern` matches in `root`, in file order. */
export function select(root: unknown, pattern: string, scope: Scope = {}): Match[] {
  const segments = parse(pattern);
  const matches: Match[] = [];
  // Depth first, without intermediate lists: this runs for every row of the table on every section's load.
  const visit = (value: unknown, depth: number, path: string, bound: Match['bound']): void => {
    const segment = segments[depth];
    if (!segment) {
      matches.push({ value, path, bound });
    } else if (segment.kind === 'field') {
      const next = isRecord(value) ? value[segment.name] : undefined;
      if (next !== undefined) visit(next, depth + 1, path ? `${path}.${segment.name}` : segment.name, bound);
    } else if (segment.kind === 'key') {
      if (isRecord(value))
        for (const key of Object.keys(value))
          visit(value[key], depth + 1, `${path}.${key}`, { ...bound, [segment.bind]: key });
    } else if (Array.isArray(value)) {
      const { bind } = segment;
      value.forEach((item: unknown, index) => {
        if (bind === undefined) visit(item, depth + 1, `${path}[${index}]`, bound);
        else if (scope[bind] === undefined || idOf(item) === scope[bind])
          visit(item, depth + 1, `${path}[${index}]`, { ...bound, [bind]: item });
      });
    }
  };
  visit(root, 0, '', {});
  return matches;
}

const PLACEHOLDER = /\{(\w+)((?:\.\w+)*)\}/g;

/** `cases.{case}.steps.{step}.title` with the match's bindings: `cases.alexa.steps.product.title`. */
export function fillPattern(pattern: string, bound: Match['bound']): string {
  return pattern.replace(PLACEHOLDER, (_all, name: string, fields: string) => {
    let value = bound[name];
    if (fields) for (const field of fields.slice(1).split('.')) value = isRecord(value) ? value[field] : undefined;
    return idOf(value);
  });
}
