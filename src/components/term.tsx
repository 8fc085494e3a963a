import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

/** The open term's closer: opening another closes it, so one definition shows at a time. */
let closeOpenTerm: (() => void) | null = null;

/** Whether this browser places the box with CSS anchor positioning (index.css, `.term-popover`). */
const anchorsInCss = () => typeof CSS !== 'undefined' && CSS.supports?.('anchor-name', '--term');

/**
 * A glossary term where the story uses it: a real button in the sentence (click, tap, Enter or Space) that opens
 * its definition in a popover next to the word (the HTML `popover` attribute, set as it first opens: the box is
 * in the top layer, so no line of the sentence moves). A second press, Escape or a click elsewhere closes it; Escape puts focus back on
 * the button. A disclosure: screen readers announce the button's state, and the definition is the next thing in
 * the reading order (the popover sits right after the button in the document). Where CSS anchor positioning is
 * supported the box is placed by CSS; elsewhere its place is computed once, as it opens. Closed at first, so the
 * prerendered page and the first client render match; the (empty) box is always there. Every element is a
 * span: the control sits inside paragraphs. Nothing is styled inline in the HTML (strict CSP): the anchor's name
 * and any computed place are set on the elements from script, once the reader opens a term.
 */
export function Term({ id, title, definition, text, children }: TermProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const onPage = useSurface() === 'page';
  const base = useId();
  const buttonId = `${base}-term`;
  const hintId = `${base}-hint`;
  const boxId = `${base}-box`;

  // Show the popover (top layer) once its content is rendered, anchored to the word; hide it when closed.
  useLayoutEffect(() => {
    const popover = box.current;
    const anchor = button.current;
    if (!popover || !anchor) return;
    if (!open) {
      if (popover.matches?.(':popover-open')) popover.hidePopover();
      return;
    }
    const name = `--term${base.replace(/[^\w-]/g, '_')}`;
    anchor.style.setProperty('anchor-name', name);
    popover.style.setProperty('position-anchor', name);
    // A browser with the popover API puts the box in the top layer; one without (and jsdom) leaves it a fixed box
    // at its place in the text, above the lines after it (index.css), and moves nothing either.
    if (typeof popover.showPopover === 'function') {
      popover.setAttribute('popover', 'manual');
      popover.showPopover();
    }
    if (!anchorsInCss()) placeOnce(popover, anchor);
    return () => {
      anchor.style.removeProperty('anchor-name');
    };
  }, [open, base]);

  // One open at a time; a press or tap outside the word and its box closes it (focus goes where the reader pressed).
  useEffect(() => {
    if (!open) return;
    const closeThis = () => setOpen(false);
    if (closeOpenTerm && closeOpenTerm !== closeThis) closeOpenTerm();
    closeOpenTerm = closeThis;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (button.current?.contains(target) || box.current?.contains(target))) return;
      setOpen(false);
    };
    // Escape where focus is not on the word or in its box: Safari does not focus a button that is clicked.
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onEscape);
      if (closeOpenTerm === closeThis) closeOpenTerm = null;
    };
  }, [open]);

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
      <span
        ref={box}
        id={boxId}
        className="term-popover rounded border border-l-4 border-line border-l-accent bg-page px-3 py-2 text-left text-base font-normal text-ink shadow-lg z-30"
      >
        {open ? (
          <span role="note" aria-labelledby={buttonId}>
            <span className="font-semibold">{title}</span>
            {text.colon}
            {definition}
            {onPage ? (
              <>
                {text.space}
                <a href={`#term-${id}`} onClick={() => setOpen(false)} onKeyDown={onKeyDown} className="text-sm">
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

/**
 * For a browser without CSS anchor positioning: put the box under the word (above it if there is no room below),
 * kept inside the viewport, as it opens. The box is fixed to the viewport, so it stays there if the page scrolls.
 */
function placeOnce(popover: HTMLElement, anchor: HTMLElement) {
  const margin = 8;
  const word = anchor.getBoundingClientRect();
  const size = popover.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const left = Math.max(margin, Math.min(word.left, width - size.width - margin));
  const below = word.bottom + 4;
  const top = below + size.height <= height - margin ? below : Math.max(margin, word.top - 4 - size.height);
  popover.style.setProperty('left', `${left}px`);
  popover.style.setProperty('top', `${top}px`);
}
