import { useCopy } from '../../content/section';

const KEYS = [
  ['alexa', 'bg-alexa'],
  ['both', 'bg-ink'],
  ['ring', 'bg-ring'],
] as const;

/** What the marks' colours and rows mean: Alexa above the line, both cases on it, Ring below. */
export function TimelineLegend() {
  const { t } = useCopy();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {KEYS.map(([key, swatch]) => (
        <li key={key} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${swatch}`} />
          {t(`caseView.legend.${key}`)}
        </li>
      ))}
    </ul>
  );
}
