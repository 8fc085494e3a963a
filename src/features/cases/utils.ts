import type { CaseId, Fact, TimelineEvent } from '../../data/schemas';
import { isoDateToYear } from '../../lib/format';

export interface PlacedEvent {
  event: TimelineEvent;
  start: Fact & { kind: 'date' };
  end?: Fact & { kind: 'date' };
  /** Position on a time axis, in fractional years. */
  at: number;
  own: boolean;
}

function dateFact(facts: ReadonlyMap<string, Fact>, id: string | undefined): (Fact & { kind: 'date' }) | undefined {
  const fact = id ? facts.get(id) : undefined;
  return fact && fact.kind === 'date' ? fact : undefined;
}

/** All timeline events with their dates, in date order; `own` marks this case's (and shared) events. */
export function eventsForCase(timeline: readonly TimelineEvent[], facts: ReadonlyMap<string, Fact>, caseId: CaseId): PlacedEvent[] {
  return timeline
    .flatMap((event) => {
      const start = dateFact(facts, event.startFactId);
      if (!start) return [];
      const end = dateFact(facts, event.endFactId);
      return [{ event, start, end, at: isoDateToYear(start.value), own: event.case === caseId || event.case === 'both' }];
    })
    .sort((a, b) => a.at - b.at);
}
