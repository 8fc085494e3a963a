/** The timeline's events placed in time, and the strip's scale from years to x. */
import type { CaseId, Fact, TimelineEvent } from '../../data/schemas';
import { formatIsoDate, isoDateToYear, PUNCTUATION } from '../../lib/format';
import type { Locale } from '../../lib/locales';

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
      const own = event.case === caseId || event.case === 'both';
      return [
        { event, start, at: isoDateToYear(start.value), own, ...(end && { end, endAt: isoDateToYear(end.value) }) },
      ];
    })
    .sort((a, b) => a.at - b.at);
}

/** When an event happened, as the edition writes a date or a span: `Aug 2018 – Sep 2019` / `2018年8月至2019年9月`. */
export function eventDate({ start, end }: PlacedEvent, locale: Locale): string {
  const date = (fact: DateFact) => formatIsoDate(fact.value, locale);
  return end ? `${date(start)}${PUNCTUATION[locale].span}${date(end)}` : date(start);
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

const TIMELINE_START = 2017;
const TIMELINE_END = 2025;

/** A linear map from fractional years (2017 to the end of 2024) to x in [left, right], clamped to the strip. */
export function yearToX(year: number, left: number, right: number): number {
  const clamped = Math.min(TIMELINE_END, Math.max(TIMELINE_START, year));
  return left + ((clamped - TIMELINE_START) / (TIMELINE_END - TIMELINE_START)) * (right - left);
}

/** Year labels that fit: every year when there is room for about 44 px each, else every other year. */
export function yearTicks(width: number): number[] {
  const every = width / (TIMELINE_END - TIMELINE_START) >= 44 ? 1 : 2;
  const ticks: number[] = [];
  for (let year = TIMELINE_START; year < TIMELINE_END; year += every) ticks.push(year);
  return ticks;
}
