/**
 * How long a part of the page takes to read, as it first shows: folds closed (a `<details>` body) and hidden
 * panels (`hidden`) left out, everything else in (every step of a case, as the reader steps through them). The
 * prerender counts its HTML parsed by jsdom, the browser its own DOM, with the same function.
 */

/** Reading speeds for a general reader on a screen: words of Latin script a minute, Chinese characters a minute. */
const WORDS_PER_MINUTE = 230;
const HAN_PER_MINUTE = 400;

/** The text a reader meets in `node`: hidden elements, and a closed fold's all but its summary, skipped. */
export function readableText(node: Node): string {
  // Node types by number: the prerender's nodes come from jsdom's window, not this realm's.
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (element.hasAttribute('hidden')) return '';
  const closed = element.localName === 'details' && !element.hasAttribute('open');
  const children = [...node.childNodes].filter((child) => !closed || (child as Element).localName === 'summary');
  return ` ${children.map(readableText).join('')}`;
}

/** Minutes to read each of the parts (elements with these ids) of a page. */
export function readingTimesOf<Id extends string>(root: ParentNode, ids: readonly Id[]): Partial<Record<Id, number>> {
  const times: Partial<Record<Id, number>> = {};
  for (const id of ids) {
    const part = root.querySelector(`[id="${id}"]`);
    if (part) times[id] = readingMinutes(readableText(part));
  }
  return times;
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
