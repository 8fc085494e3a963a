import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useArticles, useClaims, useQuotes, useCopy } from '../../content/section';
import { useUrlParam } from '../../lib/url-state';
import { parseViewerState, type ViewerState } from './viewer-state';

export interface ViewerControls {
  state: ViewerState;
  /** What the search box shows (the raw `q`, so typing a trailing space works). */
  searchInput: string;
  selectSource: (sourceId: string) => void;
  /** Open one quote in the viewer (selects its article; the viewer scrolls to it and focuses it). */
  openQuote: (quoteId: string) => void;
  setClaim: (claimId: string | null) => void;
  setCase: (caseId: string | null) => void;
  setSearch: (text: string) => void;
  clearFilters: () => void;
}

/** The viewer's state lives in the query string (`source`, `quote`, `claim`, `case`, `q`), parsed leniently. */
export function useViewerState(): ViewerControls {
  const articles = useArticles();
  const quotes = useQuotes();
  const claims = useClaims();
  const { locale } = useCopy();
  const [source, setSourceParam] = useUrlParam('source');
  const [quote, setQuoteParam] = useUrlParam('quote');
  const [claim, setClaimParam] = useUrlParam('claim');
  const [caseParam, setCaseParam] = useUrlParam('case');
  const [q, setQ] = useUrlParam('q');
  const index = useMemo(
    () => ({
      // The viewer opens on the first: an article in the edition's language, so that a reader first meets a quote
      // they can read (review 3, problem 10); the tabs keep the file's order.
      articleIds: [
        ...articles.filter((article) => article.language === locale),
        ...articles.filter((article) => article.language !== locale),
      ].map((article) => article.id),
      quoteSource: new Map(quotes.map((item) => [item.id, item.sourceId])),
      claimIds: new Set(claims.map((item) => item.id)),
    }),
    [articles, quotes, claims, locale],
  );
  const state = useMemo(
    () => parseViewerState({ source, quote, claim, case: caseParam, q }, index),
    [source, quote, claim, caseParam, q, index],
  );
  const selectSource = useCallback(
    (sourceId: string) => {
      setQuoteParam(null);
      setSourceParam(sourceId);
    },
    [setQuoteParam, setSourceParam],
  );
  const openQuote = useCallback(
    (quoteId: string) => {
      setSourceParam(index.quoteSource.get(quoteId) ?? null);
      setQuoteParam(quoteId);
    },
    [index, setQuoteParam, setSourceParam],
  );
  const clearFilters = useCallback(() => {
    setClaimParam(null);
    setCaseParam(null);
    setQ(null);
  }, [setCaseParam, setClaimParam, setQ]);
  return {
    state,
    searchInput: q ?? '',
    selectSource,
    openQuote,
    setClaim: setClaimParam,
    setCase: setCaseParam,
    setSearch: setQ,
    clearFilters,
  };
}

/** `text`, handed to a live region only after it has stayed the same for `delay` ms, and never on first render. */
export function useSettledAnnouncement(text: string, delay = 600): string {
  const [message, setMessage] = useState('');
  // The text at mount is not announced; once it has changed, every settled text is.
  const initial = useRef<string | null>(text);
  useEffect(() => {
    if (initial.current !== null) {
      if (text === initial.current) return;
      initial.current = null;
    }
    const timer = window.setTimeout(() => setMessage(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, delay]);
  return message;
}
