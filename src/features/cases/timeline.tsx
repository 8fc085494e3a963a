import { useMemo } from 'react';
import { useFacts, useTimeline, useCopy } from '../../content/section';
import type { CaseId } from '../../data/schemas';
import { PUNCTUATION } from '../../lib/format';
import { eventDate, eventsForCase } from './timeline-events';

/** Both cases' events in date order as text (the timeline strip's full alternative); this case's emphasised. */
export function Timeline({ caseId }: { caseId: CaseId }) {
  const { t, tData, locale } = useCopy();
  const marks = PUNCTUATION[locale];
  const timeline = useTimeline();
  const facts = useFacts();
  const events = useMemo(() => eventsForCase(timeline, facts, caseId), [timeline, facts, caseId]);
  return (
    <details className="rounded-lg border border-line bg-panel p-4">
      <summary className="cursor-pointer font-semibold">{t('caseView.eventsList')}</summary>
      <ol className="mt-3 space-y-1">
        {events.map((placed) => (
          <li key={placed.event.id} className={placed.own ? '' : 'text-muted'}>
            <span className="font-semibold tabular-nums">{eventDate(placed, locale)}</span>
            {marks.colon}
            {tData(`timeline.events.${placed.event.id}`)}
            {placed.own ? null : (
              <span>
                {marks.open}
                {t(`caseView.legend.${placed.event.case}`)}
                {marks.close}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
