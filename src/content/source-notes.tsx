import { createContext, useContext, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Fold } from '../components/fold';
import { plural } from '../data/plural';
import type { Source } from '../data/schemas';
import { citation } from '../data/source-names';
import { SourceCitation } from './source-list';
import { useCopy, useSectionData } from './section';

/**
 * Citations in the story as notes (issue 28): a numbered marker after the text it supports, which opens the full
 * citation in a popover, and the part's numbered list of its sources at its end. Every marker is a link to its
 * entry in that list, so a page without scripts (and a press before the app has started) still reaches the
 * citation: a closed <details> opens itself when a link points inside it. Everything that is citation text carries
 * `data-citation` (tests/browser/citations.test.ts measures its share of the text a reader sees).
 */
interface Notes {
  /** Prefix of the list entries' ids: `alexa` → `#alexa-source-3`. */
  scope: string;
  numbers: ReadonlyMap<string, number>;
  sources: readonly Source[];
}

const NotesContext = createContext<Notes | null>(null);

/** Number the sources of a part in the order given (first citation first). */
export function NotesProvider({
  scope,
  ids,
  children,
}: {
  scope: string;
  ids: readonly string[];
  children: ReactNode;
}) {
  const known = useSectionData().sources;
  const notes = useMemo<Notes>(() => {
    const sources = [...new Set(ids)].flatMap((id) => known.get(id) ?? []);
    return { scope, sources, numbers: new Map(sources.map((source, index) => [source.id, index + 1])) };
  }, [scope, ids, known]);
  return <NotesContext value={notes}>{children}</NotesContext>;
}

function useNotes(): Notes {
  const notes = useContext(NotesContext);
  if (!notes) throw new Error('NoteMarkers and NoteList need a NotesProvider');
  return notes;
}

const entryId = (scope: string, n: number) => `${scope}-source-${n}`;

/** Superscript note numbers for these sources, in their order in the part's list: ¹ ³. */
export function NoteMarkers({ ids }: { ids: readonly string[] }) {
  const { numbers, sources } = useNotes();
  const list = [...new Set(ids)].flatMap((id) => numbers.get(id) ?? []).sort((a, b) => a - b);
  if (list.length === 0) return null;
  return (
    <span data-citation="" className="whitespace-nowrap">
      {list.map((n, index) => (
        <Note key={n} n={n} source={sources[n - 1]!} first={index === 0} />
      ))}
    </span>
  );
}

function Note({ n, source, first }: { n: number; source: Source; first: boolean }) {
  const { t, locale } = useCopy();
  const { scope } = useNotes();
  const noteId = useId();
  const note = useRef<HTMLSpanElement>(null);
  const marker = useRef<HTMLAnchorElement>(null);
  const [open, setOpen] = useState(false);
  const name = t('common.noteLabel', { n, citation: citation(source, locale, t('common.unattributed')) });
  return (
    <>
      {/* A word joiner: the marker never starts a line of its own, away from the words it supports. */}
      {'\u2060'}
      <sup className="ml-px">
        {first ? null : <span aria-hidden="true">,</span>}
        <a
          ref={marker}
          href={`#${entryId(scope, n)}`}
          aria-label={name}
          aria-controls={noteId}
          aria-expanded={open}
          data-note-marker=""
          className="inline-block min-w-[1.5em] rounded px-1 py-0.5 text-center leading-none font-sans font-semibold text-accent no-underline hover:underline focus-visible:outline-2 focus-visible:outline-accent"
          onClick={(event) => {
            // With the app running, the note opens where the reader is; the link to the list is for pages without it.
            if (!note.current || !('togglePopover' in note.current)) return;
            event.preventDefault();
            note.current.togglePopover({ source: marker.current ?? undefined } as unknown as boolean);
          }}
        >
          {n}
        </a>
      </sup>
      <span
        ref={note}
        id={noteId}
        popover="auto"
        role="note"
        aria-label={t('common.noteOpen', { n })}
        data-note=""
        className="rounded-lg border border-line bg-panel p-3 text-sm text-ink shadow-lg"
        onToggle={(event) => setOpen((event.nativeEvent as ToggleEvent).newState === 'open')}
      >
        <span className="mr-1 font-semibold text-muted">{n}</span>
        <SourceCitation source={source} />
      </span>
    </>
  );
}

/** The part's sources, numbered as its notes, folded at its end ("Sources for this case"). */
export function NoteList({ title, titleId, quiet = false }: { title: string; titleId: string; quiet?: boolean }) {
  const text = useCopy();
  const { scope, sources } = useNotes();
  if (sources.length === 0) return null;
  return (
    <div data-citation="" aria-labelledby={titleId} role="group">
      {/* Quiet (one step embedded alone): the fold's own words say what it holds; the heading is for screen readers. */}
      <h3 id={titleId} className={quiet ? 'sr-only' : 'mb-2 text-lg font-semibold'}>
        {title}
      </h3>
      <Fold
        citations
        compact={quiet}
        more={plural(text, 'caseView.notesMore', sources.length)}
        less={text.t('caseView.notesLess')}
      >
        <ol className="list-decimal space-y-1 pl-7 text-sm">
          {sources.map((source, index) => (
            <li key={source.id} id={entryId(scope, index + 1)} className="scroll-mt-16">
              <SourceCitation source={source} />
            </li>
          ))}
        </ol>
      </Fold>
    </div>
  );
}
