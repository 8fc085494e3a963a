import { useEffect, useId, useRef, useState } from 'react';
import { LiveRegion } from '../../components/live-region';
import { copyText } from '../../lib/clipboard';
import { UI, type SectionId } from '../../lib/ui-strings';
import { acceptResize } from './messages';
import { THEMES, currentState, embedSearch, type Theme } from './params';
import { iframeSnippet, scriptSnippet } from './snippets';

/** "Embed" beside a section heading: opens a dialog with both snippets for the current state and a live preview. */
export function EmbedButton({ view }: { view: SectionId }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<Record<string, string>>({});

  const show = () => {
    setState(currentState(view, window.location.search));
    setOpen(true);
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-label={`Embed “${UI.en.sections[view]}”`}
        className="rounded-md border border-line bg-panel px-2.5 py-1 font-sans text-sm font-medium text-ink hover:border-ink"
      >
        Embed
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`embed-${view}-title`}
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
        className="m-auto max-h-[90dvh] w-[min(46rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-line bg-panel p-0 text-ink backdrop:bg-black/60"
      >
        {open ? <EmbedDialogBody view={view} state={state} onClose={close} /> : null}
      </dialog>
    </>
  );
}

function EmbedDialogBody({ view, state, onClose }: { view: SectionId; state: Record<string, string>; onClose: () => void }) {
  const [theme, setTheme] = useState<Theme>('auto');
  const [announcement, setAnnouncement] = useState('');
  const baseUrl = new URL('./', window.location.href).href;
  const script = scriptSnippet(view, state, theme, baseUrl);
  const iframe = iframeSnippet(view, state, theme, baseUrl);
  const themeName = useId();

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setAnnouncement(ok ? `${what} copied to the clipboard.` : `Could not copy. Select the ${what.toLowerCase()} and copy it by hand.`);
  };

  return (
    <div className="space-y-4 p-4 sm:p-6">
      <div className="flex items-start justify-between gap-4">
        <h2 id={`embed-${view}-title`} className="text-xl font-semibold">
          Embed “{UI.en.sections[view]}”
        </h2>
        <button type="button" onClick={onClose} className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-ink">
          Close
        </button>
      </div>
      <p className="text-sm">
        Paste this into your post. It shows this section as it is now on your screen, and resizes itself to fit.
      </p>
      <fieldset>
        <legend className="text-sm font-semibold">Theme</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {THEMES.map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input type="radio" name={themeName} value={option} checked={theme === option} onChange={() => setTheme(option)} />
              {option === 'auto' ? 'Follow the reader’s setting' : option === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </div>
      </fieldset>
      <Snippet label="Snippet (auto-resizing)" text={script} onCopy={() => copy(script, 'Snippet')} />
      <Snippet label="Without scripts (fixed height, scrolls inside)" text={iframe} onCopy={() => copy(iframe, 'Iframe code')} />
      <LiveRegion message={announcement} visible />
      <Preview view={view} state={state} theme={theme} />
    </div>
  );
}

function Snippet({ label, text, onCopy }: { label: string; text: string; onCopy: () => void }) {
  const id = useId();
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <button type="button" onClick={onCopy} aria-label={`Copy ${label.toLowerCase()}`} className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-ink">
          Copy
        </button>
      </div>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={text.split('\n').length + 1}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 w-full resize-none rounded-md border border-line bg-page p-2 font-mono text-xs break-all text-ink"
      />
    </div>
  );
}

/** The embed itself, live, resizing through the same messages a host page receives. */
function Preview({ view, state, theme }: { view: SectionId; state: Record<string, string>; theme: Theme }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(400);
  const src = `embed.html${embedSearch(view, state, { theme, id: 'preview' })}`;
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = frameRef.current;
      if (!frame) return;
      const message = acceptResize(event, window.location.origin, new Map([['preview', frame]]));
      if (message) setHeight(message.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <section aria-label="Preview">
      <h3 className="text-sm font-semibold">Preview</h3>
      <div className="mt-1 max-h-[50dvh] overflow-y-auto rounded-md border border-line">
        <iframe ref={frameRef} src={src} title={`Preview of the embed: ${UI.en.sections[view]}`} className="block w-full border-0" height={height} />
      </div>
    </section>
  );
}
