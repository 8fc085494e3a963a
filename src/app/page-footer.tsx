import { useSources, useUpdates } from '../data/hooks';
import { CitationList, SourceList } from '../data/source-list';
import { useCopy } from '../data/text';
import { PageData } from './page-data';
import { formatIsoDate } from '../lib/format';

const GLOSSARY = [
  'coppa',
  'civil-penalty',
  'refunds',
  'stipulated-order',
  'complaint',
  'face-embeddings',
  'data-product',
] as const;

/** The id of the corrections and updates log, which "Last updated" in the header links to. */
export const UPDATES_ID = 'updates';

export function PageFooterText() {
  return (
    <PageData>
      <FooterText />
    </PageData>
  );
}

function FooterText() {
  const { t } = useCopy();
  const sources = useSources();
  return (
    <div className="space-y-6">
      <section aria-labelledby="glossary-title">
        <h2 id="glossary-title" className="text-xl font-semibold">
          {t('glossary.title')}
        </h2>
        <dl className="mt-2 space-y-2">
          {GLOSSARY.map((key) => (
            <div key={key}>
              <dt className="font-semibold">{t(`glossary.${key}.term`)}</dt>
              <dd className="max-w-prose">{t(`glossary.${key}.definition`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="method-title">
        <h2 id="method-title" className="text-xl font-semibold">
          {t('footer.methodTitle')}
        </h2>
        <p className="mt-2 max-w-prose">{t('footer.method')}</p>
        <p className="mt-2 max-w-prose">{t('footer.privacy')}</p>
      </section>
      <UpdatesLog />
      <section aria-labelledby="all-sources-title">
        <h2 id="all-sources-title" className="text-xl font-semibold">
          {t('footer.sourcesTitle')}
        </h2>
        <CitationList sources={sources} className="mt-2 space-y-1 text-sm" />
      </section>
    </div>
  );
}

/** The corrections and updates log: each entry dated, with what changed, why, and its sources. */
function UpdatesLog() {
  const { t, tData, locale } = useCopy();
  return (
    <section id={UPDATES_ID} aria-labelledby="updates-title" tabIndex={-1} className="scroll-mt-4">
      <h2 id="updates-title" className="text-xl font-semibold">
        {t('footer.updatesTitle')}
      </h2>
      <p className="mt-2 max-w-prose">{t('footer.updatesIntro')}</p>
      <ol className="mt-3 space-y-4">
        {useUpdates().map((update) => (
          <li key={update.id} className="max-w-prose border-l-4 border-line pl-3">
            <p className="text-sm font-semibold text-muted">
              <time dateTime={update.date}>{formatIsoDate(update.date, locale)}</time> ·{' '}
              {t(`footer.updatesKind.${update.kind}`)}
            </p>
            <p className="mt-1">{tData(`updates.${update.id}.what`)}</p>
            <p className="mt-1 text-sm">
              <span className="font-semibold">{t('footer.updatesWhy')}: </span>
              {tData(`updates.${update.id}.why`)}
            </p>
            <SourceList ids={update.sourceIds} className="mt-1" />
          </li>
        ))}
      </ol>
    </section>
  );
}
