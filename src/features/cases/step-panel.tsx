import { memo } from 'react';
import { PUNCTUATION } from '../../lib/format';
import { useCase, useFacts, useQuote, useSource, useCopy } from '../../content/section';
import { QuoteText } from '../../content/quote-text';
import type { DataKey } from '../../data/copy-keys';
import type { CaseId, CaseStep } from '../../data/schemas';
import { NoteMarkers } from '../../content/source-notes';
import { formatFact } from '../../data/text';
import { readerNames } from '../../data/source-names';
import { Fold } from '../../components/fold';
import { useEmbeddedPart } from '../../lib/surface';

interface Props {
  caseId: CaseId;
  step: CaseStep;
  index: number;
  current: boolean;
  headingId: string;
}

/**
 * One step's text: everything the picture shows is said here too. Only the current one is laid out, visible and in
 * the accessibility tree, so the view is as tall as the step it shows (a short step leaves no empty card below
 * it; the page below moves only after a reader's press). The others stay in the page, for print, for a page
 * without script (noscript.css) and for a press answered before the app has arrived (index.css, data-early).
 * Changing step re-renders only the two wrappers; the content below them is memoised.
 */
export function StepPanel({ current, ...content }: Props) {
  return (
    <article
      aria-labelledby={content.headingId}
      aria-hidden={current ? undefined : true}
      className={current ? 'visible' : 'invisible hidden'}
      data-step={content.index + 1}
    >
      <StepContent {...content} />
    </article>
  );
}

const StepContent = memo(function StepContent({ caseId, step, index, headingId }: Omit<Props, 'current'>) {
  const { t, tData, richData, has, locale } = useCopy();
  const caseData = useCase(caseId);
  const moment = useFacts().get(step.momentFactId);
  // A step whose date the record gives only loosely ("until the middle of 2019") says so in its own copy.
  const whenKey = `cases.${caseId}.steps.${step.id}.when` as DataKey;
  const items = step.itemIds.flatMap((id) => {
    const item = caseData.items.find((candidate) => candidate.id === id);
    return item ? [item] : [];
  });
  // An embed of one step keeps its lede in view and folds the details (a compact card in a blog post).
  const folded = useEmbeddedPart() === 'step';
  const details = (
    <>
      <ul className="mt-3 space-y-3 sm:mt-4 sm:space-y-4">
        {items.map((item) => (
          <li
            key={item.id}
            className={item.kind === 'allegation' ? 'border-l-4 border-warn pl-3' : 'border-l-4 border-line pl-3'}
          >
            <p>
              {item.kind === 'allegation' ? (
                <span className="mr-1.5 inline-block rounded bg-warn-soft px-1.5 text-xs font-semibold uppercase tracking-wide text-warn">
                  {t('common.alleged')}
                </span>
              ) : null}
              {richData(`cases.${caseId}.items.${item.id}`)}
              <NoteMarkers ids={item.sourceIds} />
            </p>
          </li>
        ))}
      </ul>
      {(step.quoteIds ?? []).map((quoteId) => (
        <StepQuote key={quoteId} id={quoteId} />
      ))}
    </>
  );
  return (
    <>
      <p className="text-sm font-semibold text-muted">
        {t('caseView.progress', { n: index + 1, count: caseData.steps.length })}
        {moment ? (
          <span className="font-normal">
            {' '}
            · {t('caseView.when', { date: has(whenKey) ? tData(whenKey) : formatFact(moment, locale) })}
          </span>
        ) : null}
      </p>
      <h3 id={headingId} className="mt-1 font-serif text-xl font-bold sm:text-2xl">
        {tData(`cases.${caseId}.steps.${step.id}.title`)}
      </h3>
      <p className="mt-1 text-muted sm:text-lg">{richData(`cases.${caseId}.steps.${step.id}.lede`)}</p>
      {folded ? (
        <Fold compact className="mt-2" more={t('caseView.detailsMore')} less={t('caseView.detailsLess')}>
          {details}
        </Fold>
      ) : (
        details
      )}
    </>
  );
});

/**
 * A quote from the coverage, beside the step it speaks to (the data checks guarantee it and its article). The
 * caption names the outlet; its note holds the full citation.
 */
function StepQuote({ id }: { id: string }) {
  const { t, locale } = useCopy();
  const quote = useQuote(id);
  const source = useSource(quote.sourceId);
  const names = readerNames(source, locale);
  return (
    <figure className="mt-5 rounded-lg border border-line bg-page p-4">
      <QuoteText quote={quote} source={source} />
      <figcaption data-citation="" className="mt-2 text-sm text-muted">
        {t('caseView.quotedIn')}
        {PUNCTUATION[locale].space}
        <span lang={names.lang}>{names.outlet ?? t('common.unattributed')}</span>
        <NoteMarkers ids={[source.id]} />
      </figcaption>
    </figure>
  );
}
