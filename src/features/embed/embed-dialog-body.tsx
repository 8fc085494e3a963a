import { useEffect, useId, useRef, useState } from 'react';
import { LiveRegion } from '../../components/live-region';
import { copyText } from '../../lib/clipboard';
import { SECTIONS, type SectionId } from '../../lib/ui-strings';
import type { Locale } from '../../lib/locale';
import { canonicalRoot, embedPagePath, siteRoot } from '../../lib/site';
import { currentHref } from '../../lib/url-state';
import { DIALOG } from './dialog-strings';
import { acceptResize } from './messages';
import { THEMES, currentState, embedClaim, embedPageUrl, type Theme } from './params';
import { iframeSnippet, pictureSnippet, scriptSnippet, type VersionedLoader, type ViewPicture } from './snippets';

/** The Embed dialog's contents for the section's current state (read once, when the dialog opens). */
export function EmbedDialogBody({ view, locale }: { view: SectionId; locale: Locale }) {
  const [state] = useState(() => currentState(view, new URL(currentHref()).search));
  const ui = DIALOG[locale];
  const title = SECTIONS[view].title[locale];
  // The embed shows the edition the blogger is reading.
  const withLang = locale === 'en' ? state : { ...state, lang: locale };
  const [theme, setTheme] = useState<Theme>('auto');
  const [announcement, setAnnouncement] = useState('');
  // Snippets name the canonical site (the build's SITE_URL) even on a mirror; the preview and the published files
  // below come from this page's own site, which its CSP allows.
  const baseUrl = canonicalRoot().href;
  const published = usePublished(embedPagePath(view, locale));
  const script = scriptSnippet(view, withLang, theme, baseUrl, published.loader);
  const iframe = iframeSnippet(view, withLang, theme, baseUrl);
  const picture = published.picture && pictureSnippet(view, locale, published.picture, baseUrl);
  const themeName = useId();

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setAnnouncement(ok ? ui.copied(what) : ui.failed(what));
  };

  return (
    <div className="space-y-4">
      <p className="text-sm">{embedClaim(view, state) ? ui.claimIntro : ui.intro}</p>
      <fieldset>
        <legend className="text-sm font-semibold">{ui.theme}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {THEMES.map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input
                type="radio"
                name={themeName}
                value={option}
                checked={theme === option}
                onChange={() => setTheme(option)}
              />
              {ui.themes[option]}
            </label>
          ))}
        </div>
      </fieldset>
      {[
        { label: ui.snippet, text: script, what: ui.snippetWhat },
        { label: ui.iframe, text: iframe, what: ui.iframeWhat },
        ...(picture ? [{ label: ui.picture, text: picture, what: ui.pictureWhat }] : []),
      ].map((snippet) => (
        <Snippet
          key={snippet.label}
          label={snippet.label}
          copyLabel={ui.copy(snippet.label)}
          copyButton={ui.copyButton}
          text={snippet.text}
          onCopy={() => copy(snippet.text, snippet.what)}
        />
      ))}
      <LiveRegion message={announcement} visible />
      <Preview view={view} state={withLang} theme={theme} title={ui.previewTitle(title)} heading={ui.preview} />
    </div>
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readLoader(json: unknown): VersionedLoader | undefined {
  if (!isRecord(json) || typeof json.file !== 'string' || typeof json.integrity !== 'string') return undefined;
  return /^embed\.v\d+\.[0-9a-f]+\.js$/.test(json.file) && /^sha384-[A-Za-z0-9+/=]+$/.test(json.integrity)
    ? { file: json.file, integrity: json.integrity }
    : undefined;
}

function readPicture(json: unknown, page: string): ViewPicture | undefined {
  const entry = isRecord(json) && Object.hasOwn(json, page) ? json[page] : undefined;
  const picture = isRecord(entry) ? entry.picture : undefined;
  if (!isRecord(picture)) return undefined;
  const { file, width, height, alt } = picture;
  if (typeof file !== 'string' || !/^pictures\/[\w.-]+\.png$/.test(file) || typeof alt !== 'string') return undefined;
  if (typeof width !== 'number' || typeof height !== 'number' || !(width > 0 && height > 0)) return undefined;
  return { file, width, height, alt };
}

/**
 * What the build published beside the page, for the snippets: the versioned loader with its integrity hash, and
 * the view's picture. Either may be missing (the dev server builds neither): the snippets then do without.
 */
function usePublished(page: string): { loader?: VersionedLoader; picture?: ViewPicture } {
  const [published, setPublished] = useState<{ loader?: VersionedLoader; picture?: ViewPicture }>({});
  useEffect(() => {
    let live = true;
    const read = (path: string) =>
      fetch(new URL(path, siteRoot()).href)
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null);
    void Promise.all([read('embed-loader.json'), read('pictures/manifest.json')]).then(([loader, pictures]) => {
      if (live) setPublished({ loader: readLoader(loader), picture: readPicture(pictures, page) });
    });
    return () => {
      live = false;
    };
  }, [page]);
  return published;
}

function Snippet({
  label,
  copyLabel,
  copyButton,
  text,
  onCopy,
}: {
  label: string;
  copyLabel: string;
  copyButton: string;
  text: string;
  onCopy: () => void;
}) {
  const id = useId();
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <button
          type="button"
          onClick={onCopy}
          aria-label={copyLabel}
          className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-ink"
        >
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
function Preview({
  view,
  state,
  theme,
  title,
  heading,
}: {
  view: SectionId;
  state: Record<string, string>;
  theme: Theme;
  title: string;
  heading: string;
}) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(400);
  const src = embedPageUrl(view, state, { theme, id: 'preview' }, siteRoot().href);
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
