import type { CaseBundle } from '../../data/model';
import { formatFact, useText } from '../../data/text';
import { eventsForCase } from './utils';

/** Both cases' events in date order, this case's events emphasised. */
export function Timeline({ bundle }: { bundle: CaseBundle }) {
  const { t, locale } = useText();
  const events = eventsForCase(bundle.timeline, bundle.facts, bundle.caseData.id);
  return (
    <section aria-labelledby={`${bundle.caseData.id}-timeline`}>
      <h3 id={`${bundle.caseData.id}-timeline`} className="text-lg font-semibold">
        {t('timeline.title')}
      </h3>
      <ol className="mt-2 space-y-1">
        {events.map(({ event, start, end, own }) => (
          <li key={event.id} className={own ? '' : 'text-muted'}>
            <span className="font-semibold tabular-nums">
              {formatFact(start, locale)}
              {end ? ` – ${formatFact(end, locale)}` : ''}
            </span>
            {': '}
            {t(`timeline.events.${event.id}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}

