import { useUpdates } from '../data/hooks';
import { useCopy } from '../data/text';
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
      <p className="max-w-prose text-lg">{t('header.summary')}</p>
      <p className="mt-3 text-sm text-muted">
        {/* "Last updated" leads to the log of what changed, and why. */}
        <a href={`#${UPDATES_ID}`} className="text-muted">
          <time dateTime={updated}>{t('header.updated', { date: formatIsoDate(updated, locale) })}</time>
        </a>
      </p>
    </>
  );
}
