import { SectionProvider, usePageData, useSources, useUpdates, useCopy } from '../content/section';
import { Label } from '../content/label';
import { CitationList, SourceList } from '../content/source-list';
import { formatIsoDate } from '../lib/format';
import { Fold } from '../components/fold';
import { plural } from '../data/plural';
import type { Update } from '../data/schemas';

/** The glossary, in reading order: who acts, under which laws, how a case runs and ends, what the orders cover. */
const GLOSSARY = [
  'ftc',
  'coppa',
  'ftc-act',
  'complaint',
  'allegation',
  'civil-penalty',
  'refunds',
  'injunction',
  'stipulated-order',
  'no-admission',
  'face-embeddings',
  'data-product',
] as const;

/** The id of the corrections and updates log, which "Last updated" in the header links to. */
export const UPDATES_ID = 'updates';

export function PageFooterText() {
  return (
    <SectionProvider data={usePageData()}>
      <FooterText />
    </SectionProvider>
  );
}

function FooterText() {
  const text = useCopy();
  const { t } = text;
  const sources = useSources();
  return (
    <div className="space-y-6">
      <section aria-labelledby="glossary-title">
        <h2 id="glossary-title" className="text-xl font-semibold">
          {t('glossary.title')}
        </h2>
        {/* Folded: each term is explained where the story first uses it. A link to a term (#term-coppa) opens
            the fold, as find in page does. */}
        <Fold
          className="mt-2"
          more={plural(text, 'footer.glossaryMore', GLOSSARY.length)}
          less={t('footer.glossaryLess')}
        >
          <dl className="space-y-2">
            {GLOSSARY.map((key) => (
              <div key={key}>
                {/* Each term's control in the story links here ("All terms used here", components/term.tsx). */}
                <dt id={`term-${key}`} className="scroll-mt-16 font-semibold">
                  {t(`glossary.${key}.term`)}
                </dt>
                <dd className="max-w-prose">{t(`glossary.${key}.definition`)}</dd>
              </div>
            ))}
          </dl>
        </Fold>
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
        <Fold className="mt-2" more={plural(text, 'footer.sourcesMore', sources.length)} less={t('footer.sourcesLess')}>
          <CitationList sources={sources} className="space-y-1 text-sm" />
        </Fold>
      </section>
    </div>
  );
}

/** Log entries in view before the fold: the newest. */
const LATEST = 2;

/** The corrections and updates log: each entry dated, with what changed, why, and its sources; the newest first in view. */
function UpdatesLog() {
  const text = useCopy();
  const { t } = text;
  const updates = useUpdates();
  return (
    <section id={UPDATES_ID} aria-labelledby="updates-title" tabIndex={-1} className="scroll-mt-16">
      <h2 id="updates-title" className="text-xl font-semibold">
        {t('footer.updatesTitle')}
      </h2>
      <p className="mt-2 max-w-prose">{t('footer.updatesIntro')}</p>
      <UpdateList updates={updates.slice(0, LATEST)} from={0} />
      {updates.length > LATEST ? (
        <Fold
          className="mt-4"
          more={plural(text, 'footer.updatesMore', updates.length - LATEST)}
          less={t('footer.updatesLess')}
        >
          <UpdateList updates={updates.slice(LATEST)} from={LATEST} />
        </Fold>
      ) : null}
    </section>
  );
}

function UpdateList({ updates, from }: { updates: readonly Update[]; from: number }) {
  const { t, tData, locale } = useCopy();
  return (
    <ol start={from + 1} className="mt-3 space-y-4">
      {updates.map((update) => (
        <li key={update.id} className="max-w-prose border-l-4 border-line pl-3">
          <p className="text-sm font-semibold text-muted">
            <time dateTime={update.date}>{formatIsoDate(update.date, locale)}</time> ·{' '}
            {t(`footer.updatesKind.${update.kind}`)}
          </p>
          <p className="mt-1">{tData(`updates.${update.id}.what`)}</p>
          <p className="mt-1 text-sm">
            <Label>{t('footer.updatesWhy')}</Label>
            {tData(`updates.${update.id}.why`)}
          </p>
          <SourceList ids={update.sourceIds} className="mt-1" />
        </li>
      ))}
    </ol>
  );
}
