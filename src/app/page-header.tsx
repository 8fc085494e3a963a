import type { KeyUnder } from '../data/copy-keys';
import { useUpdates } from '../data/hooks';
import { useCopy } from '../data/text';
import { SECTIONS, type SectionId } from '../lib/ui-strings';
import { PageData } from './page-data';
import { formatIsoDate } from '../lib/format';
import { UPDATES_ID } from './page-footer';

export function PageHeaderText() {
  return (
    <PageData>
      <HeaderText />
    </PageData>
  );
}

function HeaderText() {
  const { t, locale } = useCopy();
  // The newest entry of the corrections log is the page's "last updated".
  const updated = useUpdates()[0]?.date ?? '';
  return (
    <>
      {/* The gist first: five key points, each leading to its section (the longer summary is the link preview's). */}
      <KeyPoints />
      <p className="mt-3 text-sm text-muted">
        {/* "Last updated" leads to the log of what changed, and why. */}
        <a href={`#${UPDATES_ID}`} className="text-muted">
          <time dateTime={updated}>{t('header.updated', { date: formatIsoDate(updated, locale) })}</time>
        </a>
      </p>
    </>
  );
}

/** Each key point, and the section that shows it with its sources. */
export const KEY_POINTS: ReadonlyArray<[KeyUnder<'header.keyPoints.items'>, SectionId]> = [
  ['filed', 'alexa'],
  ['alexa', 'alexa'],
  ['ring', 'ring'],
  ['money', 'penalties'],
  ['articles', 'sources'],
];

/** The gist in five sentences, each leading to the section that backs it. */
function KeyPoints() {
  const { t, rich, locale } = useCopy();
  // Chinese runs on without spaces between sentences.
  const space = locale === 'zh-Hans' ? '' : ' ';
  return (
    <div className="max-w-prose rounded-lg border border-line bg-panel p-4">
      <h2 id="key-points-title" className="text-base font-bold">
        {t('header.keyPoints.title')}
      </h2>
      <ul aria-labelledby="key-points-title" className="mt-2 list-disc space-y-2 pl-5 sm:text-lg">
        {KEY_POINTS.map(([point, section]) => (
          <li key={point}>
            {rich(`header.keyPoints.items.${point}`)}
            {space}
            <span className="text-sm">
              {`${t('header.keyPoints.more')}${space}`}
              <a href={`#${section}`}>{SECTIONS[section].title[locale]}</a>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
