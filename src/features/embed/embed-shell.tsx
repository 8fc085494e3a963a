import { useSyncExternalStore, type ReactNode } from 'react';
import { NEW_TAB_HINT_ID, NewTabHint } from '../../components/new-tab-hint';
import { useLastUpdated, useUnsetPublisherName } from '../../content/section';
import { CitedTitle } from '../../content/source-list';
import { formatIsoDate, PUNCTUATION } from '../../lib/format';
import { useLocale } from '../../lib/locale';
import { UI } from '../../lib/chrome-strings';
import { SECTIONS, SECTION_IDS } from '../../lib/ui-strings';
import { publisherName, type Publisher } from '../../lib/publisher';
import type { EmbedParams } from './params';
import { currentState, fullExplainerUrl } from './params';
import { currentHref, subscribeToUrl } from '../../lib/url-state';

/**
 * The credit line linking to the full explainer. The embed page places it right after the section's content,
 * inside the section's loading boundary, so it appears with the content instead of being pushed down by it.
 */
export function EmbedCredit({ params, root, publisher }: { params: EmbedParams; root: string; publisher: Publisher }) {
  const locale = useLocale();
  const ui = UI[locale];
  const updated = useLastUpdated();
  const unset = useUnsetPublisherName();
  // The reader's state as it is now (a step taken in the embed moves the link with it); none while hydrating,
  // as the prerendered page has none.
  const href = useSyncExternalStore(subscribeToUrl, currentHref, () => null);
  if (!params.view) return null;
  const state = href ? currentState(params.view, new URL(href).search) : {};
  const dot = ' · ';
  const byline = ui.embed.by(publisherName(publisher, unset));
  return (
    <p className="mt-3 border-t border-line pt-2 text-xs text-muted">
      {publisher.url ? (
        <a href={publisher.url} target="_blank" rel="noopener" aria-describedby={NEW_TAB_HINT_ID}>
          {byline}
        </a>
      ) : (
        byline
      )}
      {dot}
      <CitedTitle locale={locale}>{ui.siteTitle}</CitedTitle>
      {updated ? (
        <>
          {dot}
          <time dateTime={updated}>{ui.embed.updated(formatIsoDate(updated, locale))}</time>
        </>
      ) : null}
      {dot}
      <a
        href={fullExplainerUrl(params.view, state, locale, root)}
        target="_blank"
        rel="noopener"
        aria-describedby={NEW_TAB_HINT_ID}
      >
        {ui.embed.openFull}
      </a>
    </p>
  );
}

/** The embed's chrome: a compact title and the section (the credit line comes with the section's content). */
export function EmbedShell({ params, children }: { params: EmbedParams; children?: ReactNode }) {
  const locale = useLocale();
  const ui = UI[locale];
  const p = PUNCTUATION[locale];
  return (
    // Transparent, so flush with the host's column: only room for focus rings at the edges.
    <main className="px-1 py-2 text-ink">
      <NewTabHint />
      {params.view ? (
        <>
          {/* One step, one chart or one claim names the explainer in its credit line; the whole view also on top. */}
          <h1
            className={
              params.part || params.card ? 'sr-only' : 'text-xs font-semibold uppercase tracking-wide text-muted'
            }
          >
            {ui.siteTitle}
          </h1>
          <section id={params.view} aria-labelledby={`${params.view}-title`} className="mt-1">
            {/* A chart or a claim alone has a heading of its own; the section's stays for screen readers. */}
            <h2
              id={`${params.view}-title`}
              className={
                params.card || params.part?.startsWith('chart-')
                  ? 'sr-only'
                  : 'font-serif text-xl font-bold leading-tight sm:text-2xl'
              }
            >
              {SECTIONS[params.view].title[locale]}
            </h2>
            <div className="mt-2">{children}</div>
          </section>
        </>
      ) : (
        <div role="alert" className="rounded-lg border-2 border-bad bg-bad-soft p-4">
          <h1 className="font-semibold">{ui.embed.unknownView(params.requestedView)}</h1>
          <p className="mt-1">
            {ui.embed.useOneOf}
            {p.space}
            {SECTION_IDS.map((id, index) => (
              <span key={id}>
                {index > 0 ? p.comma : null}
                <code className="font-mono">{id}</code>
              </span>
            ))}
            {p.stop}
            {ui.embed.example}
            {p.space}
            <code className="font-mono">embed.html?view={SECTION_IDS[0]}</code>
            {p.stop.trim()}
          </p>
          <p className="mt-2 text-sm">
            <a href="./" target="_blank" rel="noopener" aria-describedby={NEW_TAB_HINT_ID}>
              {ui.embed.openFull}
            </a>
          </p>
        </div>
      )}
    </main>
  );
}
