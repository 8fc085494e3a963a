/**
 * Plain messages for schema problems, shown in a section's alert beside the file and path. Our own short
 * map instead of zod's English locale: it covers the checks these schemas use, in fewer bytes.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodRawIssue;

/**
 * Longest texts a file may hold: far above any real one (a quote is a few hundred characters, the longest copy
 * paragraph about a thousand), low enough that a runaway file names its field instead of swamping the page.
 */
export const MAX_TEXT = 5000;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? 'text' : typeof value;
}

const UNITS: Record<string, string> = { string: 'characters', array: 'items' };

/** `must have at least 2 items`, `must be more than 0`. */
function bound(issue: { origin?: string; exact?: boolean }, relation: string, limit: unknown): string {
  const words = `${issue.exact ? 'exactly' : relation} ${String(limit)}`;
  const unit = UNITS[issue.origin ?? ''];
  return unit ? `must have ${words} ${unit}` : `must be ${words}`;
}

export function schemaMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, found ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (Number(issue.minimum) === 1 && issue.inclusive && UNITS[issue.origin ?? '']) return 'must not be empty';
      return bound(issue, issue.inclusive ? 'at least' : 'more than', issue.minimum);
    case 'too_big':
      return bound(issue, issue.inclusive ? 'at most' : 'fewer than', issue.maximum);
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      // A copy entry is text, a list or a group: text too long matches none of them, and is the likely mistake.
      return typeof issue.input === 'string' && issue.input.length > MAX_TEXT
        ? `must have at most ${MAX_TEXT} characters`
        : 'matches none of the allowed shapes';
    case 'invalid_format':
      return 'wrong format';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}
