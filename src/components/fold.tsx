import { useEffect, useRef, type ReactNode } from 'react';

interface FoldProps {
  /** What the closed fold says it holds ("Show the other 11 quotes"). */
  more: ReactNode;
  /** What the open fold's summary says ("Show fewer quotes"). */
  less: ReactNode;
  /** Open it (and keep it open while true): the address points inside, or a filter is on. */
  forceOpen?: boolean;
  /** The fold holds citations (a part's source list): marked `data-citation`, as the notes are (content/source-notes.tsx). */
  citations?: boolean;
  /** A smaller summary, for a fold inside a card. */
  compact?: boolean;
  /**
   * Fold only on a narrow screen: from `sm` up the summary goes and the content shows, open or not, where the
   * browser can style `::details-content` (Safari 18.4, Chrome 131, Firefox 143); an older one keeps the fold.
   */
  narrowOnly?: boolean;
  className?: string;
  children: ReactNode;
}

/** A closed `<details>` hides its content with `content-visibility: hidden` (so find in page can open it). */
const WIDE_OPEN = 'sm:[&::details-content]:block sm:[&::details-content]:[content-visibility:visible]';

/**
 * Short by default, complete on demand: the rest of a list or a part, folded in a native `<details>`. It works
 * before the app's code arrives (and without it), find in page opens it where a match is, and the print
 * stylesheet prints it open. The summary's two texts swap by CSS, so the prerendered page needs no script.
 * The fold is not controlled: React never closes what the reader opened; `forceOpen` only ever opens it.
 */
export function Fold({
  more,
  less,
  forceOpen = false,
  narrowOnly = false,
  compact = false,
  citations = false,
  className = '',
  children,
}: FoldProps) {
  const fold = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (forceOpen && fold.current) fold.current.open = true;
  }, [forceOpen]);
  return (
    <details
      ref={fold}
      className={`group ${narrowOnly ? WIDE_OPEN : ''} ${className}`}
      data-fold=""
      data-citation={citations ? '' : undefined}
    >
      <summary
        className={`${narrowOnly ? 'supports-[selector(::details-content)]:sm:hidden' : ''} ${compact ? 'min-h-8 px-2 py-0.5' : 'min-h-11 px-3 py-1.5'} inline-flex cursor-pointer items-center gap-2 rounded border border-line bg-panel text-sm font-semibold text-accent hover:border-accent`}
      >
        <span
          aria-hidden="true"
          className="inline-block transition-transform motion-reduce:transition-none group-open:rotate-90"
        >
          ▸
        </span>
        <span className="group-open:hidden">{more}</span>
        <span className="hidden group-open:inline">{less}</span>
      </summary>
      <div className={narrowOnly ? 'mt-4 supports-[selector(::details-content)]:sm:mt-0' : compact ? 'mt-2' : 'mt-4'}>
        {children}
      </div>
    </details>
  );
}
