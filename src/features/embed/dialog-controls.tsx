/** The Embed dialog's controls: a group of choices, a snippet with its Copy button, and the live preview. */
import { useEffect, useId, useRef, useState } from 'react';
import { siteRoot } from '../../lib/site';
import { acceptResize } from './messages';
import { embedPageUrl } from './params';
import { snippetHeight, type EmbedChoice } from './snippets';

/** A group of radio buttons. */
export function Choices({
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

export function Snippet({
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
export function Preview({ choice, title, heading }: { choice: EmbedChoice; title: string; heading: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(() => snippetHeight(choice));
  const { view, state, theme, part, solid } = choice;
  const src = embedPageUrl(view, state, { theme, id: 'preview', part, solid }, siteRoot().href);
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
      {/* Focusable, so a keyboard can scroll a preview taller than the space it has. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div tabIndex={0} className="mt-1 max-h-[50dvh] overflow-y-auto rounded-md border border-line">
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
