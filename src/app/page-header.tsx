import { usePageText } from '../data/hooks';
import { TextProvider, useText } from '../data/text';
import { formatIsoDate } from '../lib/format';
import { UPDATES_ID } from './page-footer';

export function PageHeaderText() {
  const page = usePageText();
  return (
    <TextProvider sources={page}>
      <HeaderText updated={page.lastUpdated} />
    </TextProvider>
  );
}

function HeaderText({ updated }: { updated: string }) {
  const { t, locale } = useText();
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
