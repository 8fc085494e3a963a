/**
 * How long a part of the page takes to read, as it first shows: folds closed (a `<details>` body) and hidden
 * panels (`hidden`) left out, everything else in (every step of a case, as the reader steps through them). One
 * function reads rendered HTML, so the prerender (from its HTML) and the browser (from a section's outerHTML)
 * count the same text the same way.
 */

/** Reading speeds for a general reader on a screen: words of Latin script a minute, Chinese characters a minute. */
const WORDS_PER_MINUTE = 230;
const HAN_PER_MINUTE = 400;

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;

/** The text a reader meets in `html`: tags dropped, closed folds and hidden elements skipped. */
export function readableText(html: string): string {
  return textByPart(html, [])[''] ?? '';
}

/** Minutes to read each of the parts (elements with these ids) of a page's HTML. */
export function readingTimesOf<Id extends string>(html: string, ids: readonly Id[]): Partial<Record<Id, number>> {
  const texts = textByPart(html, ids);
  const times: Partial<Record<Id, number>> = {};
  for (const id of ids) {
    const text = texts[id];
    if (text !== undefined) times[id] = readingMinutes(text);
  }
  return times;
}

/** The readable text inside each element whose id is in `ids` (and, under '', all of it). */
function textByPart(html: string, ids: readonly string[]): Record<string, string> {
  const parts: string[] = [];
  const byPart: Record<string, string[]> = {};
  /** For each open element: does it (or an ancestor) hide its content? */
  const stack: Array<{ name: string; attributes: string; skip: boolean; part: string | undefined }> = [];
  const skipping = () => stack.length > 0 && stack[stack.length - 1]!.skip;
  /** Text to the whole and to the innermost part it is in. */
  const add = (text: string) => {
    parts.push(text);
    const part = stack.findLast((entry) => entry.part)?.part;
    if (part) (byPart[part] ??= []).push(text);
  };
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes = '', text] = match;
    if (text !== undefined) {
      if (!skipping()) add(text);
      continue;
    }
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      // Close up to the matching element (forgiving of anything left open inside it).
      const at = stack.map((entry) => entry.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || attributes.trimEnd().endsWith('/')) continue;
    const parent = stack[stack.length - 1];
    const hidden = /(?:^|\s)hidden(?:[\s=]|$)/.test(attributes);
    // A closed fold shows only its summary: the details' other children are skipped, the summary is read.
    const inClosedDetails = parent?.name === 'details' && !/(?:^|\s)open(?:[\s=]|$)/.test(parent.attributes);
    const skip = skipping() || hidden || (inClosedDetails && name !== 'summary');
    const id = /(?:^|\s)id="([^"]*)"/.exec(attributes)?.[1];
    stack.push({ name, attributes, skip, part: id !== undefined && ids.includes(id) ? id : undefined });
    add(' ');
  }
  const clean = (list: string[]) => list.join('').replace(/&[#\w]+;/g, ' ');
  return { '': clean(parts), ...Object.fromEntries(Object.entries(byPart).map(([id, list]) => [id, clean(list)])) };
}

/** Minutes to read `text`, at least one. */
export function readingMinutes(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + han / HAN_PER_MINUTE));
}

/** Minutes to read each section of the main page, by id. */
export type ReadingTimes = Partial<Record<string, number>>;

/** Reading times the prerender wrote into the page's head (a JSON data block), if any, checked. */
export function readingTimesInPage(doc: Document): ReadingTimes | null {
  const text = doc.getElementById('reading-times')?.textContent;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const times: ReadingTimes = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1000) times[key] = value;
    }
    return times;
  } catch {
    return null;
  }
}
