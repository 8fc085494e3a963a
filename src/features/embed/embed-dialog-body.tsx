import { useEffect, useId, useRef, useState } from 'react';
import { LiveRegion } from '../../components/live-region';
import { copyText } from '../../lib/clipboard';
import { SECTIONS, type SectionId } from '../../lib/ui-strings';
import type { Locale } from '../../lib/locale';
import { canonicalRoot, embedPagePath, siteRoot } from '../../lib/site';
import { currentHref } from '../../lib/url-state';
import { DIALOG, type DialogStrings } from './dialog-strings';
import { acceptResize } from './messages';
import { THEMES, currentState, embedClaim, embedPageUrl, type Theme } from './params';
import {
  iframeSnippet,
  pictureSnippet,
  scriptSnippet,
  snippetHeight,
  type EmbedChoice,
  type VersionedLoader,
  type ViewPicture,
} from './snippets';

/** The dialog's "What to embed" options for a view in a state: its parts, a claim alone, the whole section. */
function partOptions(view: SectionId, state: Record<string, string>, ui: DialogStrings) {
  const options: Array<{ value: string; label: string }> = [];
  if (embedClaim(view, state)) options.push({ value: 'claim', label: ui.claim });
  for (const part of SECTIONS[view].parts) {
    if (part === 'step') {
      const step = Object.entries(state).find(([name]) => name.endsWith('-step'))?.[1];
      options.push({ value: part, label: ui.step(Number.parseInt(step ?? '1', 10) || 1) });
    } else options.push({ value: part, label: ui.chart(ui.charts[part] ?? part) });
  }
  options.push({ value: 'full', label: ui.whole });
  return options;
}

/** The email picture's key for a choice (dist/pictures/email.json): `alexa.step-3`, `sources.claim-two-days`. */
export function pictureKey({ view, state, part }: EmbedChoice): string {
  const claim = embedClaim(view, state);
  if (claim) return `${view}.claim-${claim}`;
  if (part === 'step') {
    const step = Object.entries(state).find(([name]) => name.endsWith('-step'))?.[1];
    return `${view}.step-${Number.parseInt(step ?? '1', 10) || 1}`;
  }
  return `${view}.${part ?? 'full'}`;
}

/** The Embed dialog's contents for the section's current state (read once, when the dialog opens). */
export function EmbedDialogBody({ view, locale }: { view: SectionId; locale: Locale }) {
  const [state] = useState(() => currentState(view, new URL(currentHref()).search));
  const ui = DIALOG[locale];
  const title = SECTIONS[view].title[locale];
  const options = partOptions(view, state, ui);
  const [chosen, setChosen] = useState(options[0]!.value);
  const [theme, setTheme] = useState<Theme>('auto');
  const [solid, setSolid] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // The embed shows the edition the blogger is reading; the whole section leaves a chosen claim out.
  const { claim: _claim, ...withoutClaim } = state;
  const chosenState = chosen === 'full' ? withoutClaim : state;
  const choice: EmbedChoice = {
    view,
    state: locale === 'en' ? chosenState : { ...chosenState, lang: locale },
    part: chosen === 'full' || chosen === 'claim' ? null : chosen,
    theme,
    solid,
  };
  // Snippets name the canonical site (the build's SITE_URL) even on a mirror; the preview and the published files
  // below come from this page's own site, which its CSP allows.
  const baseUrl = canonicalRoot().href;
  const published = usePublished(locale, pictureKey(choice), embedPagePath(view, locale));
  const script = scriptSnippet(choice, baseUrl, published.loader);
  const iframe = iframeSnippet(choice, baseUrl);
  const picture = published.picture && pictureSnippet(choice, published.picture, baseUrl);
  const name = useId();

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setAnnouncement(ok ? ui.copied(what) : ui.failed(what));
  };

  return (
    <div className="space-y-4">
      <p className="text-sm">{embedClaim(view, state) ? ui.claimIntro : ui.intro}</p>
      <Choices legend={ui.what} name={`${name}-what`} options={options} value={chosen} onChange={setChosen} />
      <Choices
        legend={ui.theme}
        name={`${name}-theme`}
        options={THEMES.map((value) => ({ value, label: ui.themes[value] }))}
        value={theme}
        onChange={(value) => setTheme(value as Theme)}
        inline
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={solid} onChange={(event) => setSolid(event.target.checked)} />
        {ui.background}
      </label>
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
      <Preview choice={choice} title={ui.previewTitle(title)} heading={ui.preview} />
    </div>
  );
}

/** A group of radio buttons. */
function Choices({
  legend,
  name,
  options,
  value,
  onChange,
  inline = false,
}: {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className={`mt-1 flex text-sm ${inline ? 'flex-wrap gap-x-4 gap-y-1' : 'flex-col gap-1'}`}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              className="mt-1"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
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

/** A picture's entry in a manifest, if it is well formed. */
function readPicture(picture: unknown): ViewPicture | undefined {
  if (!isRecord(picture)) return undefined;
  const { file, width, height, alt } = picture;
  if (typeof file !== 'string' || !/^pictures\/[\w.-]+\.png$/.test(file) || typeof alt !== 'string') return undefined;
  if (typeof width !== 'number' || typeof height !== 'number' || !(width > 0 && height > 0)) return undefined;
  return { file, width, height, alt };
}

const entry = (json: unknown, key: string): unknown =>
  isRecord(json) && Object.hasOwn(json, key) ? json[key] : undefined;

/**
 * What the build published beside the page, for the snippets: the versioned loader with its integrity hash, and
 * the picture of what was chosen (dist/pictures/email.json, drawn for a 600 px email column), else the view's
 * (dist/pictures/manifest.json). Any may be missing (the dev server builds none): the snippets then do without.
 */
function usePublished(locale: Locale, key: string, page: string): { loader?: VersionedLoader; picture?: ViewPicture } {
  const [files, setFiles] = useState<{ loader?: unknown; email?: unknown; views?: unknown }>({});
  useEffect(() => {
    let live = true;
    const read = (path: string) =>
      fetch(new URL(path, siteRoot()).href)
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null);
    void Promise.all([read('embed-loader.json'), read('pictures/email.json'), read('pictures/manifest.json')]).then(
      ([loader, email, views]) => {
        if (live) setFiles({ loader, email, views });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const picture =
    readPicture(entry(entry(files.email, locale), key)) ?? readPicture(entry(entry(files.views, page), 'picture'));
  return { loader: readLoader(files.loader), picture };
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
function Preview({ choice, title, heading }: { choice: EmbedChoice; title: string; heading: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(() => snippetHeight(choice));
  const { view, state, theme, part, solid } = choice;
  const src = embedPageUrl(view, state, { theme, id: 'preview', part, solid: Boolean(solid) }, siteRoot().href);
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
        <iframe
          ref={frameRef}
          src={src}
          title={title}
          className="block w-full border-0"
          height={height}
          // The page it is shown on is the host: the same colours as the page around it.
          style={{ colorScheme: theme === 'auto' ? undefined : theme }}
        />
      </div>
    </section>
  );
}
