/**
 * How tall each embed page is, measured in Chromium from the built pages at the widths blogs use
 * (scripts/measure-embed-heights.mjs writes height-hints.generated.json; tests/browser/embed-heights.test.ts fails
 * when a page no longer matches it). The loader gives a new frame the height its page will have at the frame's
 * width, and the snippets reserve it, so nothing on the host page moves when the frame arrives.
 */
import { findSection } from '../../lib/ui-strings';
import { parseStep } from '../../lib/parse-step';
import HINTS from './height-hints.generated.json';

interface HintTable {
  /** The widths measured, narrowest first. */
  widths: number[];
  /** Per page (`alexa.step`, `penalties`, `claims/two-days`), per edition: per step (one row for others), per width. */
  pages: Record<string, Record<string, number[][]>>;
}

const TABLE: HintTable = HINTS;

/** The table's key for an embed page: the view and its part (`alexa.step`), or a claim's page (`claims/two-days`). */
export function hintKey(view: string, part: string | null, claim: string | null): string {
  return claim ? `claims/${claim}` : part ? `${view}.${part}` : view;
}

/**
 * The page's height at `width` in `lang`, showing step `step` (0-based; ignored for pages without steps), between
 * the measured widths by straight lines, at the ends the nearest measure; null for a page the table does not know.
 */
export function measuredHeight(key: string, lang: string, step: number, width: number): number | null {
  const page = Object.hasOwn(TABLE.pages, key) ? TABLE.pages[key] : undefined;
  const rows = page && Object.hasOwn(page, lang) ? page[lang] : undefined;
  const row = rows?.[Math.min(Math.max(0, step), rows.length - 1)];
  if (!row?.length) return null;
  const { widths } = TABLE;
  if (!(width > widths[0]!)) return row[0]!;
  const index = widths.findIndex((right) => width <= right);
  if (index < 0) return row[row.length - 1]!;
  const share = (width - widths[index - 1]!) / (widths[index]! - widths[index - 1]!);
  return Math.round(row[index - 1]! + share * (row[index]! - row[index - 1]!));
}

/** The width a snippet reserves for when it cannot know its column: a phone's (the tallest a reader will see). */
export const SNIPPET_WIDTH = 360;

/**
 * A step of `view` as an address or a placeholder gives it (`3`), as an index from 0, read as the case view reads
 * it (parseStep): the first step for none, nonsense (`3abc`) or one past the view's steps (as the table measured).
 */
export function stepIndex(view: string, step: string | null | undefined): number {
  const steps = Object.hasOwn(TABLE.pages, view) ? TABLE.pages[view]?.en?.length : undefined;
  return parseStep(step, steps ?? Number.MAX_SAFE_INTEGER);
}

/** A claim's card, about as tall as it is on a phone, for a claim the table does not know. */
export const CLAIM_CARD_HEIGHT = 1000;

/**
 * An embed page's height at `width`: the view's part or a claim's card, in `lang`, open at step `step` (from 0);
 * measured (above), else a claim card's or the view's usual height. The loader's and the snippets' one source.
 */
export function embedPageHeight(
  view: string,
  page: { part: string | null; claim: string | null },
  lang: string,
  step: number,
  width: number,
): number {
  const { part, claim } = page;
  const measured = measuredHeight(hintKey(view, part, claim), lang, step, width);
  return measured ?? (claim ? CLAIM_CARD_HEIGHT : (findSection(view)?.embedHeight ?? 800));
}
