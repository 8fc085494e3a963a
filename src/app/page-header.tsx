import { Fragment } from 'react';
import { PaymentsGraphic } from '../charts/payments-graphic';
import type { KeyUnder } from '../data/copy-keys';
import { SectionProvider, usePageData, useCopy, useSectionData } from '../content/section';
import { paymentsOf } from '../data/payments';
import { formatIsoDate, listJoin, PUNCTUATION } from '../lib/format';
import { publisherName, type Publisher } from '../lib/publisher';
import type { ReadingTimes } from '../lib/reading-time';
import { SECTIONS, SECTION_IDS, type SectionId } from '../lib/ui-strings';
import { UPDATES_ID } from './page-footer';

export interface HeaderProps {
  /** Who publishes the explainer (src/lib/publisher.ts), as the build was told. */
  publisher: Publisher;
  /** The sections' reading times (the contents line's), or null where they are not counted yet (the dev server). */
  readingTimes: ReadingTimes | null;
}

/**
 * Under the headline, what a reader needs first: the deck (what happened, in two sentences), the date line (who
 * publishes it, when, when it last changed, how long it takes to read), the lead graphic (the two sums, drawn
 * from the data) and the key points. On a phone they stack in that order; from `lg` the graphic stands beside the
 * words. Plain HTML and CSS grid: it all shows, and stays put, before any script.
 */
export function PageHeaderText(props: HeaderProps) {
  return (
    <SectionProvider data={usePageData()}>
      <HeaderText {...props} />
    </SectionProvider>
  );
}

function HeaderText({ publisher, readingTimes }: HeaderProps) {
  const { t } = useCopy();
  return (
    <div className="grid gap-x-12 gap-y-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <p data-testid="deck" className="font-serif text-lg leading-snug sm:text-xl lg:col-start-1">
        {t('header.deck')}
      </p>
      <DateLine publisher={publisher} readingTimes={readingTimes} />
      <LeadGraphic />
      <KeyPoints />
    </div>
  );
}

function DateLine({ publisher, readingTimes }: HeaderProps) {
  const { t, locale } = useCopy();
  const { published = '', updated = '' } = useSectionData();
  const minutes = SECTION_IDS.reduce((sum, id) => sum + (readingTimes?.[id] ?? 0), 0);
  // A build not told its publisher names the placeholder, in the edition's language (the build warns).
  const name = publisherName(publisher, t('header.dateline.unsetPublisher'));
  const items = [
    publisher.url ? (
      <a href={publisher.url} className="font-semibold text-ink">
        {name}
      </a>
    ) : (
      <span className="font-semibold text-ink">{name}</span>
    ),
    <time dateTime={published}>{t('header.dateline.published', { date: formatIsoDate(published, locale) })}</time>,
    // "Updated" leads to the log of what changed, and why.
    <a href={`#${UPDATES_ID}`} className="text-muted">
      <time dateTime={updated}>{t('header.dateline.updated', { date: formatIsoDate(updated, locale) })}</time>
    </a>,
    ...(minutes > 0 ? [<span>{t('header.dateline.readingTime', { minutes })}</span>] : []),
  ];
  // Each item stays whole, its separator after it, so a line breaks between items and never starts with one.
  return (
    <p data-testid="dateline" className="text-sm text-muted lg:col-start-1">
      {items.map((item, index) => (
        <Fragment key={index}>
          <span className={index === 0 ? undefined : 'whitespace-nowrap'}>
            {item}
            {index < items.length - 1 ? (
              <span aria-hidden="true" className="pl-1.5">
                ·
              </span>
            ) : null}
          </span>{' '}
        </Fragment>
      ))}
    </p>
  );
}

/** The two sums side by side on one scale, as the link-preview card draws them (the same component). */
function LeadGraphic() {
  const text = useCopy();
  const payments = paymentsOf(useSectionData(), text);
  return (
    <figure className="lg:col-start-2 lg:row-span-3 lg:row-start-1 lg:self-start lg:rounded-lg lg:border lg:border-line lg:bg-panel lg:p-5">
      <PaymentsGraphic
        className="h-auto w-full max-w-sm"
        label={text.t('header.graphic.label', {
          payments: listJoin(
            payments.map((payment) => payment.name),
            text.locale,
          ),
        })}
        payments={payments.map((payment) => ({ ...payment, tone: payment.caseId }))}
      />
      <figcaption className="mt-2 text-xs text-muted">{text.t('header.graphic.caption')}</figcaption>
    </figure>
  );
}

/** Each key point, and the section that shows it with its sources. */
export const KEY_POINTS: ReadonlyArray<[KeyUnder<'header.keyPoints.items'>, SectionId]> = [
  ['alexa', 'alexa'],
  ['ring', 'ring'],
  ['you', 'penalties'],
  ['deny', 'sources'],
];

/** The gist in four short points, each leading to the section that backs it. */
function KeyPoints() {
  const { t, rich, locale } = useCopy();
  // Chinese runs on without spaces between sentences.
  const { space } = PUNCTUATION[locale];
  return (
    <div className="lg:col-start-1">
      <h2 id="key-points-title" className="text-sm font-bold uppercase tracking-wide text-muted">
        {t('header.keyPoints.title')}
      </h2>
      <ul aria-labelledby="key-points-title" className="mt-2 list-disc space-y-2 pl-5">
        {KEY_POINTS.map(([point, section]) => (
          <li key={point}>
            {rich(`header.keyPoints.items.${point}`)}
            {space}
            <span className="whitespace-nowrap text-sm">
              {`${t('header.keyPoints.more')}${space}`}
              <a href={`#${section}`}>{SECTIONS[section].title[locale]}</a>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
