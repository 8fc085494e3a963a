import type { Case, CaseId, Fact, Quote, TimelineEvent } from '../../data/schemas';
import { isoDateToYear } from '../../lib/format';

type DateFact = Fact & { kind: 'date' };

export interface PlacedEvent {
  event: TimelineEvent;
  start: DateFact;
  end?: DateFact;
  /** Position on a time axis, in fractional years. */
  at: number;
  /** End position for a span (fractional years); undefined for a single moment. */
  endAt?: number;
  own: boolean;
}

function dateFact(facts: ReadonlyMap<string, Fact>, id: string | undefined): DateFact | undefined {
  const fact = id ? facts.get(id) : undefined;
  return fact && fact.kind === 'date' ? fact : undefined;
}

/** All timeline events with their dates, in date order; `own` marks this case's (and shared) events. */
export function eventsForCase(
  timeline: readonly TimelineEvent[],
  facts: ReadonlyMap<string, Fact>,
  caseId: CaseId,
): PlacedEvent[] {
  return timeline
    .flatMap((event) => {
      const start = dateFact(facts, event.startFactId);
      if (!start) return [];
      const end = dateFact(facts, event.endFactId);
      const placed: PlacedEvent = {
        event,
        start,
        at: isoDateToYear(start.value),
        own: event.case === caseId || event.case === 'both',
      };
      if (end) {
        placed.end = end;
        placed.endAt = isoDateToYear(end.value);
      }
      return [placed];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * The step number in the URL (1-based) as a 0-based index. Anything that is not a plain whole number from
 * 1 to `count` ("3abc", "0", "-2", "1e3", "9999999999999999999", "<script>") gives the first step.
 */
export function parseStep(raw: string | null | undefined, count: number): number {
  if (raw === null || raw === undefined || count < 1) return 0;
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) return 0;
  const step = Number(text);
  return step >= 1 && step <= count ? step - 1 : 0;
}

/** The index after a move, kept inside 0…count-1. */
export function clampStep(index: number, count: number): number {
  if (count < 1 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** Where a key takes the reader from `index`, or null when the key is not ours. */
export function stepForKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return clampStep(index - 1, count);
    case 'ArrowRight':
      return clampStep(index + 1, count);
    case 'Home':
      return 0;
    case 'End':
      return clampStep(count - 1, count);
    default:
      return null;
  }
}

/**
 * The event a step's moment points at: the one that starts or ends with that fact, else the first event
 * on the same date (Ring's filing shares the "both cases filed" event, which cites the Alexa filing date).
 */
export function momentEvent(
  events: readonly PlacedEvent[],
  momentFactId: string,
  facts: ReadonlyMap<string, Fact>,
): PlacedEvent | undefined {
  const byId = events.find(
    (placed) => placed.event.startFactId === momentFactId || placed.event.endFactId === momentFactId,
  );
  if (byId) return byId;
  const moment = dateFact(facts, momentFactId);
  if (!moment) return undefined;
  return events.find((placed) => placed.start.value === moment.value || placed.end?.value === moment.value);
}

/** The fractional year of a step's moment, or undefined when the fact is missing or not a date. */
export function momentYear(momentFactId: string, facts: ReadonlyMap<string, Fact>): number | undefined {
  const moment = dateFact(facts, momentFactId);
  return moment ? isoDateToYear(moment.value) : undefined;
}

export const TIMELINE_START = 2017;
export const TIMELINE_END = 2025;

/** A linear map from fractional years (2017 to the end of 2024) to x in [left, right], clamped to the strip. */
export function yearToX(year: number, left: number, right: number, start = TIMELINE_START, end = TIMELINE_END): number {
  const clamped = Math.min(end, Math.max(start, year));
  return left + ((clamped - start) / (end - start)) * (right - left);
}

/** Year labels that fit: every year when there is room for about 44 px each, else every other year. */
export function yearTicks(width: number, start = TIMELINE_START, end = TIMELINE_END): number[] {
  const years = end - start;
  const every = width / years >= 44 ? 1 : 2;
  const ticks: number[] = [];
  for (let year = start; year < end; year += every) ticks.push(year);
  return ticks;
}

/** After the settlement's kinds of entry, in the order the section shows them. */
export const AFTERMATH_KINDS = ['requires', 'unknown', 'since', 'for-you'] as const;

/**
 * The sources of a case in the order a reader meets them, for its numbered notes: each step's items and then its
 * quotes, step by step, then (on the page) what follows the settlement. Each source once, at its first citation.
 */
export function noteOrder(
  caseData: Pick<Case, 'steps' | 'items' | 'aftermath'>,
  quotes: readonly Pick<Quote, 'id' | 'sourceId'>[],
  { aftermath = true }: { aftermath?: boolean } = {},
): string[] {
  const ids: string[] = [];
  const items = new Map(caseData.items.map((item) => [item.id, item]));
  const quoteSources = new Map(quotes.map((quote) => [quote.id, quote.sourceId]));
  for (const step of caseData.steps) {
    for (const itemId of step.itemIds) ids.push(...(items.get(itemId)?.sourceIds ?? []));
    for (const quoteId of step.quoteIds ?? []) {
      const sourceId = quoteSources.get(quoteId);
      if (sourceId) ids.push(sourceId);
    }
  }
  if (aftermath)
    for (const kind of AFTERMATH_KINDS)
      for (const entry of caseData.aftermath) if (entry.kind === kind) ids.push(...entry.sourceIds);
  return [...new Set(ids)];
}
