import { Label } from '../../content/label';
import { memo } from 'react';
import { useCorrections, useFacts, useSources, useCopy } from '../../content/section';
import { CitationList, SourceList } from '../../content/source-list';
import { Fold } from '../../components/fold';
import { groupByKind, recordSourceIds } from './citations';
import { plural } from '../../data/plural';
import { parenthetical } from '../../lib/format';
import { Subsection } from './subsection';
import type { CorrectionRating } from '../../data/schemas';

/** A mark per rating, beside its words, so the list never relies on the symbol or its colour alone. */
const RATING_MARK: Record<CorrectionRating, { mark: string; style: string }> = {
  refuted: { mark: '✗', style: 'text-bad' },
  unconfirmed: { mark: '?', style: 'text-warn' },
  acceptable: { mark: '≈', style: 'text-muted' },
};

/** Errors circulating in other outlets, each with the record and its sources (folded: the count first). */
export const CorrectionsList = memo(function CorrectionsList() {
  const text = useCopy();
  const { t, tData } = text;
  const facts = useFacts();
  const corrections = useCorrections();
  return (
    <Subsection id="corrections-title" title={t('sourcesSection.correctionsTitle')}>
      <p className="max-w-prose">{plural(text, 'sourcesSection.correctionsGist', corrections.length)}</p>
      <Fold
        more={plural(text, 'sourcesSection.correctionsMore', corrections.length)}
        less={t('sourcesSection.correctionsLess')}
      >
        <ul className="grid gap-3 md:grid-cols-2 print:block print:space-y-3">
          {corrections.map((correction) => (
            <li key={correction.id} className="space-y-1 rounded-lg border border-line bg-panel p-3">
              <p>
                <span aria-hidden="true" className={`font-bold ${RATING_MARK[correction.rating].style}`}>
                  {RATING_MARK[correction.rating].mark}{' '}
                </span>
                <Label>{t(`sourcesSection.correctionRating.${correction.rating}`)}</Label>
                {correction.outlet ? <Label>{correction.outlet}</Label> : null}
                <span>{tData(`corrections.${correction.id}.claim`)}</span>
              </p>
              <p>
                <span aria-hidden="true" className="font-bold text-good">
                  ✓{' '}
                </span>
                <Label>{t('sourcesSection.recordLabel')}</Label>
                {tData(`corrections.${correction.id}.finding`)}
              </p>
              <SourceList ids={recordSourceIds(correction, facts)} />
            </li>
          ))}
        </ul>
      </Fold>
    </Subsection>
  );
});

/** Every non-article source, grouped by kind, with its link where we may give one. */
export const PrimarySources = memo(function PrimarySources() {
  const text = useCopy();
  const { t, locale } = text;
  const groups = groupByKind(useSources());
  const count = groups.reduce((sum, [, list]) => sum + list.length, 0);
  return (
    <Subsection id="primary-title" title={t('sourcesSection.primaryTitle')}>
      <p className="max-w-prose text-sm text-muted">{t('sourcesSection.primaryIntro')}</p>
      <Fold more={plural(text, 'sourcesSection.primaryMore', count)} less={t('sourcesSection.primaryLess')}>
        <div className="grid gap-x-8 gap-y-4 md:grid-cols-2 print:block print:space-y-4">
          {groups.map(([kind, sources]) => (
            <div key={kind}>
              <h4 className="font-semibold">
                {t(`sourcesSection.kinds.${kind}`)}
                <span className="font-normal text-muted">{parenthetical(String(sources.length), locale)}</span>
              </h4>
              <CitationList sources={sources} />
            </div>
          ))}
        </div>
      </Fold>
    </Subsection>
  );
});
