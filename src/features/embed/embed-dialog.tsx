import { useEffect, useId, useRef, useState } from 'react';
import { LiveRegion } from '../../components/live-region';
import { copyText } from '../../lib/clipboard';
import { useLocale, type Locale } from '../../lib/locale';
import { UI, type SectionId } from '../../lib/ui-strings';
import { currentHref } from '../../lib/url-state';
import { acceptResize } from './messages';
import { THEMES, currentState, embedSearch, type Theme } from './params';
import { iframeSnippet, scriptSnippet } from './snippets';

/** "Embed" beside a section heading: opens a dialog with both snippets for the current state and a live preview. */
export function EmbedButton({ view }: { view: SectionId }) {
  const locale = useLocale();
  const ui = UI[locale];
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<Record<string, string>>({});

  const show = () => {
    setState(currentState(view, new URL(currentHref()).search));
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
        aria-label={ui.dialog.button(ui.sections[view])}
        className="rounded-md border border-line bg-panel px-2.5 py-1 font-sans text-sm font-medium text-ink hover:border-ink"
      >
        {ui.embed.button}
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
        {open ? <EmbedDialogBody view={view} state={state} locale={locale} onClose={close} /> : null}
      </dialog>
    </>
  );
}

function EmbedDialogBody({ view, state, locale, onClose }: { view: SectionId; state: Record<string, string>; locale: Locale; onClose: () => void }) {
  const ui = UI[locale].dialog;
  const title = UI[locale].sections[view];
  // The embed shows the edition the blogger is reading.
  const withLang = locale === 'en' ? state : { ...state, lang: locale };
  const [theme, setTheme] = useState<Theme>('auto');
  const [announcement, setAnnouncement] = useState('');
  const baseUrl = new URL('./', window.location.href).href;
  const script = scriptSnippet(view, withLang, theme, baseUrl);
  const iframe = iframeSnippet(view, withLang, theme, baseUrl);
  const themeName = useId();

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setAnnouncement(ok ? ui.copied(what) : ui.failed(what));
  };

  return (
    <div className="space-y-4 p-4 sm:p-6">
      <div className="flex items-start justify-between gap-4">
        <h2 id={`embed-${view}-title`} className="text-xl font-semibold">
          {ui.title(title)}
        </h2>
        <button type="button" onClick={onClose} className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-ink">
          {ui.close}
        </button>
      </div>
      <p className="text-sm">
        {ui.intro}
      </p>
      <fieldset>
        <legend className="text-sm font-semibold">{ui.theme}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {THEMES.map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input type="radio" name={themeName} value={option} checked={theme === option} onChange={() => setTheme(option)} />
              {ui.themes[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <Snippet label={ui.snippet} copyLabel={ui.copy(ui.snippet)} copyButton={ui.copyButton} text={script} onCopy={() => copy(script, ui.snippetWhat)} />
      <Snippet label={ui.iframe} copyLabel={ui.copy(ui.iframe)} copyButton={ui.copyButton} text={iframe} onCopy={() => copy(iframe, ui.iframeWhat)} />
      <LiveRegion message={announcement} visible />
      <Preview view={view} state={withLang} theme={theme} title={ui.previewTitle(title)} heading={ui.preview} />
    </div>
  );
}

function Snippet({ label, copyLabel, copyButton, text, onCopy }: { label: string; copyLabel: string; copyButton: string; text: string; onCopy: () => void }) {
  const id = useId();
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <button type="button" onClick={onCopy} aria-label={copyLabel} className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-ink">
          {copyButton}
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
function Preview({ view, state, theme, title, heading }: { view: SectionId; state: Record<string, string>; theme: Theme; title: string; heading: string }) {
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
    <section aria-label={heading}>
      <h3 className="text-sm font-semibold">{heading}</h3>
      <div className="mt-1 max-h-[50dvh] overflow-y-auto rounded-md border border-line">
        <iframe ref={frameRef} src={src} title={title} className="block w-full border-0" height={height} />
      </div>
    </section>
  );
}
