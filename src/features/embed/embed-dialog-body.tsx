import { useId, useState } from 'react';
import { LiveRegion } from '../../components/live-region';
import { copyText } from '../../lib/clipboard';
import { own } from '../../lib/own';
import { SECTIONS, type SectionId } from '../../lib/ui-strings';
import type { Locale } from '../../lib/locale';
import { canonicalRoot, singleClaim } from '../../lib/site';
import { currentHref } from '../../lib/url-state';
import { DIALOG } from './dialog-strings';
import { Choices, Preview, Snippet } from './dialog-controls';
import { usePublished } from './published';
import { stepIndex } from './heights';
import { THEMES, type Theme } from './messages';
import { currentState, stateStep } from './params';
import { hasClaimPage } from './placeholder';
import { iframeSnippet, pictureSnippet, scriptSnippet, type EmbedChoice } from './snippets';

/** The dialog's "What to embed" options for a view in a state: its parts, a claim alone, the whole section. */
function partOptions(view: SectionId, state: Record<string, string>, ui: (typeof DIALOG)[Locale]) {
  const options: Array<{ value: string; label: string }> = [];
  if (singleClaim(view, state.claim)) options.push({ value: 'claim', label: ui.claim });
  for (const part of SECTIONS[view].parts) {
    if (part === 'step') {
      options.push({ value: part, label: ui.step(stepIndex(view, stateStep(view, state)) + 1) });
    } else options.push({ value: part, label: ui.chart(own(ui.charts, part) ?? part) });
  }
  options.push({ value: 'full', label: ui.whole });
  return options;
}

/** The email picture's key for a choice (dist/pictures/email.json): `alexa.step-3`, `sources.claim-two-days`. */
export function pictureKey({ view, state, part }: EmbedChoice): string {
  const claim = singleClaim(view, state.claim);
  if (claim) return `${view}.claim-${claim}`;
  if (part === 'step') return `${view}.step-${stepIndex(view, stateStep(view, state)) + 1}`;
  return `${view}.${part ?? 'full'}`;
}

/** A state's claim only where the build made it a page: a mistyped or renamed one (the viewer ignores it too) goes. */
function withKnownClaim({ claim, ...rest }: Record<string, string>): Record<string, string> {
  return claim && hasClaimPage(claim) ? { ...rest, claim } : rest;
}

/** The Embed dialog's contents for the section's current state (read once, when the dialog opens). */
export function EmbedDialogBody({ view, locale }: { view: SectionId; locale: Locale }) {
  const [state] = useState(() => withKnownClaim(currentState(view, new URL(currentHref()).search)));
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
  const published = usePublished(locale, pictureKey(choice));
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
      <p className="text-sm">{singleClaim(view, state.claim) ? ui.claimIntro : ui.intro}</p>
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
