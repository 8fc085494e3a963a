import type { CaseBundle } from '../../data/model';
import { formatFact, useText } from '../../data/text';
import { eventsForCase } from './utils';

/** Both cases' events in date order as text (the timeline strip's full alternative); this case's emphasised. */
export function Timeline({ bundle }: { bundle: CaseBundle }) {
  const { t, locale } = useText();
  const events = eventsForCase(bundle.timeline, bundle.facts, bundle.caseData.id);
  return (
    <details className="rounded-lg border border-line bg-panel p-4">
      <summary className="cursor-pointer font-semibold">{t('caseView.eventsList')}</summary>
      <ol className="mt-3 space-y-1">
        {events.map(({ event, start, end, own }) => (
          <li key={event.id} className={own ? '' : 'text-muted'}>
            <span className="font-semibold tabular-nums">
              {formatFact(start, locale)}
              {end ? ` – ${formatFact(end, locale)}` : ''}
            </span>
            {': '}
            {t(`timeline.events.${event.id}`)}
            {event.case === bundle.caseData.id || event.case === 'both' ? null : (
              <span> ({t(`caseView.legend.${event.case}`)})</span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
