import { useId, type ReactNode } from 'react';
import { useClaims, useCopy } from '../../content/section';
import { CASE_KEY } from '../../data/copy-keys';
import { hasFilters } from './filters';
import type { ViewerControls } from './use-viewer-state';
import { MAX_SEARCH_LENGTH, type ViewerState } from './viewer-state';

const FIELD = 'rounded border border-line bg-panel px-2 py-1.5 text-ink';

/** The same case filter, wherever it appears (viewer and matrix): a native radio group. */
export function CaseFilter({
  value,
  onChange,
  legend,
}: {
  value: ViewerState['caseId'];
  onChange: (value: string | null) => void;
  legend: string;
}) {
  const { t } = useCopy();
  const name = useId();
  const options = [
    [null, t('quoteViewer.caseAll')],
    ['alexa', t(CASE_KEY.alexa)],
    ['ring', t(CASE_KEY.ring)],
  ] as const;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map(([id, label]) => (
          <label key={label} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              checked={value === id}
              onChange={() => onChange(id)}
              className="accent-accent"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Search (English or Chinese), case and claim filters; all kept in the URL. */
export function QuoteFilters({ viewer }: { viewer: ViewerControls }) {
  const { t, tData } = useCopy();
  const { state } = viewer;
  const claims = useClaims();
  const id = useId();
  return (
    <div
      role="search"
      aria-label={t('quoteViewer.filtersLabel')}
      className="grid gap-4 rounded-lg border border-line bg-panel p-3 md:grid-cols-[minmax(0,1fr)_auto] lg:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)_auto] lg:items-end"
    >
      <Field id={`${id}-q`} label={t('quoteViewer.searchLabel')}>
        <input
          id={`${id}-q`}
          type="search"
          value={viewer.searchInput}
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(event) => viewer.setSearch(event.target.value)}
          aria-describedby={`${id}-hint`}
          className={`${FIELD} w-full`}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {t('quoteViewer.searchHint')}
        </p>
      </Field>
      <CaseFilter value={state.caseId} onChange={viewer.setCase} legend={t('quoteViewer.caseLabel')} />
      <Field id={`${id}-claim`} label={t('quoteViewer.claimLabel')}>
        <select
          id={`${id}-claim`}
          value={state.claimId ?? ''}
          onChange={(event) => viewer.setClaim(event.target.value || null)}
          className={`${FIELD} w-full`}
        >
          <option value="">{t('quoteViewer.claimAll')}</option>
          {claims.map((claim) => (
            <option key={claim.id} value={claim.id}>
              {tData(`claims.${claim.id}.statement`)}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="button"
        onClick={viewer.clearFilters}
        disabled={!hasFilters(state)}
        className="justify-self-start rounded border border-line px-3 py-1.5 text-sm enabled:hover:border-accent disabled:opacity-60"
      >
        {t('quoteViewer.clear')}
      </button>
    </div>
  );
}

/** A labelled filter field: the label above, the control (and any hint) below. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}
