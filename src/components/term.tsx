import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useSurface } from '../lib/surface';

/** The words every term control shares, in the reader's edition. */
export interface TermText {
  /** The control's description for screen readers: "Show what this term means". */
  hint: string;
  /** The link to the footer glossary. */
  allTerms: string;
  /** Between the term and its definition: ': ' or '：'. */
  colon: string;
  /** Between the definition and the link: ' ', or nothing in Chinese. */
  space: string;
}

interface TermProps {
  /** The glossary's id for the term; the footer glossary's entry is `#term-{id}`. */
  id: string;
  /** The glossary's name for the term ("Refunds (monetary judgment)"). */
  title: string;
  definition: string;
  text: TermText;
  /** The words as the sentence has them. */
  children: ReactNode;
}

/**
 * A glossary term where the story uses it: a real button in the sentence (click, tap, Enter or Space), and its
 * definition in the flow of the text right after it, a block that pushes the text below down and never covers
 * it. A second press or Escape closes it, focus back on the button. A disclosure: screen readers announce the
 * button's state, and the definition is the next thing they read. Closed at first, so the prerendered page and
 * the first client render match; the (empty) box it controls is always there, so nothing moves until it is
 * pressed. Every element is a span: the control sits inside paragraphs.
 */
export function Term({ id, title, definition, text, children }: TermProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const onPage = useSurface() === 'page';
  const base = useId();
  const buttonId = `${base}-term`;
  const hintId = `${base}-hint`;
  const boxId = `${base}-box`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // This Escape is the definition's: nothing around it (a dialog, say) should take it as well.
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        id={buttonId}
        aria-expanded={open}
        aria-controls={boxId}
        aria-describedby={hintId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={onKeyDown}
        data-term={id}
        // Its words are part of the sentence: printed as text, where other controls are not (index.css).
        data-print="text"
        className="cursor-pointer rounded-sm text-left underline decoration-accent decoration-dotted decoration-2 underline-offset-4 hover:text-accent hover:decoration-solid aria-expanded:decoration-solid print:no-underline"
      >
        {children}
      </button>
      {/* The description: read with the button, never as part of the sentence. */}
      <span id={hintId} hidden>
        {text.hint}
      </span>
      <span id={boxId}>
        {open ? (
          <span
            role="note"
            aria-labelledby={buttonId}
            className="my-2 block max-w-prose rounded border border-l-4 border-line border-l-accent bg-page px-3 py-2 text-base font-normal text-ink"
          >
            <span className="font-semibold">{title}</span>
            {text.colon}
            {definition}
            {onPage ? (
              <>
                {text.space}
                <a href={`#term-${id}`} onKeyDown={onKeyDown} className="text-sm">
                  {text.allTerms}
                </a>
              </>
            ) : null}
          </span>
        ) : null}
      </span>
    </>
  );
}
