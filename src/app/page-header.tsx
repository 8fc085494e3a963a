import { usePageText } from '../data/hooks';
import { TextProvider, useText } from '../data/text';
import { formatIsoDate } from '../lib/format';

export function PageHeaderText() {
  const page = usePageText();
  return (
    <TextProvider sources={page}>
      <HeaderText updated={page.updated} />
    </TextProvider>
  );
}

function HeaderText({ updated }: { updated: string }) {
  const { t, locale } = useText();
  return (
    <>
      <p className="max-w-prose text-lg">{t('header.summary')}</p>
      <p className="mt-3 text-sm text-muted">
        <time dateTime={updated}>{t('header.updated', { date: formatIsoDate(updated, locale) })}</time>
      </p>
    </>
  );
}
