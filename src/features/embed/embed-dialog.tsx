import { Suspense, useRef, useState } from 'react';
import { lazyOnce } from '../../lib/lazy-once';
import { useLocale } from '../../lib/locale';
import { UI } from '../../lib/chrome-strings';
import { SECTIONS, type SectionId } from '../../lib/ui-strings';

// The dialog's contents (snippets, preview, copy) are code of their own, fetched when a reader first points
// at or focuses an Embed button, so that the page's first load does not carry them.
const Body = lazyOnce(
  () => import('./embed-dialog-body'),
  (module) => module.EmbedDialogBody,
);

/** "Embed" beside a section heading: opens a dialog with both snippets for the current state and a live preview. */
export function EmbedButton({ view }: { view: SectionId }) {
  const locale = useLocale();
  const ui = UI[locale];
  const title = SECTIONS[view].title[locale];
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  const show = () => {
    // An early download (on hover or focus) that failed is tried again now that the reader asks for the dialog.
    Body.retry();
    setOpen(true);
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  };
  const closed = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    closed();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={show}
        onPointerEnter={() => void Body.preload()}
        onFocus={() => void Body.preload()}
        aria-haspopup="dialog"
        aria-label={ui.dialog.title(title)}
        className="rounded-md border border-line bg-panel px-2.5 py-1 font-sans text-sm font-medium text-ink hover:border-ink"
      >
        {ui.embed.button}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`embed-${view}-title`}
        onClose={closed}
        className="m-auto max-h-[90dvh] w-[min(46rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-line bg-panel p-0 text-ink backdrop:bg-black/60"
      >
        {open ? (
          <div className="space-y-4 p-4 sm:p-6">
            <div className="flex items-start justify-between gap-4">
              <h2 id={`embed-${view}-title`} className="text-xl font-semibold">
                {ui.dialog.title(title)}
              </h2>
              <button
                type="button"
                onClick={close}
                className="shrink-0 rounded-md border border-line px-2.5 py-1 text-sm whitespace-nowrap hover:border-ink"
              >
                {ui.dialog.close}
              </button>
            </div>
            <Suspense
              fallback={
                <p className="text-sm" role="status">
                  {ui.dialog.loading}
                </p>
              }
            >
              <Body.Component view={view} locale={locale} />
            </Suspense>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
