/**
 * A chart's options (a radio group, a checkbox), answered before the app's code has arrived, by HTML and CSS alone.
 *
 * Until the page is hydrated, a figure with options draws its option-dependent parts (takeaway, picture, notes)
 * once per choice, each marked `data-option` with its choice as `name=value` words (`time-measure=income
 * time-compare=off`); index.css hides every part that a checked control contradicts, so a press shows its chart
 * at once, and with no scripts at all. Once hydrated, the figure draws only its state's choice, unmarked, as
 * before. The controls adopt what the reader checked before the app arrived (the browser keeps it through
 * hydration), so the app starts from the chart on screen.
 *
 * A new option needs its rules in index.css (one per name=value): without them, every drawing shows at once.
 */
import { useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import { useHydrated } from '../lib/use-hydrated';

export type Choice = Readonly<Record<string, string>>;

/** A choice as the words of its parts' `data-option`. */
export const optionWords = (choice: Choice): string =>
  Object.entries(choice)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');

/** Every combination of the values each option can take, in order. */
function combinations<C extends Choice>(values: { [K in keyof C]: readonly C[K][] }): C[] {
  return Object.entries(values as Record<string, readonly string[]>).reduce<Choice[]>(
    (all, [name, options]) => all.flatMap((choice) => options.map((value) => ({ ...choice, [name]: value }))),
    [{}],
  ) as C[];
}

export interface Drawn<C extends Choice> {
  choice: C;
  /** The `data-option` words, while the page is not hydrated; undefined after. */
  option?: string;
}

/**
 * The choices a figure draws: the state's (`current`, marked with its words until hydration has completed) and,
 * until then, every other one (`others`), for the stylesheet to choose from; none once hydrated.
 */
export function useDrawnChoices<C extends Choice>(
  current: C,
  values: { [K in keyof C]: readonly C[K][] },
): { current: Drawn<C>; others: Drawn<C>[] } {
  const hydrated = useHydrated();
  if (hydrated) return { current: { choice: current }, others: [] };
  const words = optionWords(current);
  const others = combinations(values).filter((choice) => optionWords(choice) !== words);
  return {
    current: { choice: current, option: words },
    others: others.map((choice) => ({ choice, option: optionWords(choice) })),
  };
}

/** At mount, hand the app what the reader checked in the prerendered page before its code arrived. */
function useAdopt<T extends HTMLElement>(adopt: (element: T) => void): RefObject<T | null> {
  const ref = useRef<T>(null);
  const onMount = useEffectEvent(() => {
    if (ref.current) adopt(ref.current);
  });
  useLayoutEffect(() => onMount(), []);
  return ref;
}

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** A small radio group (a chart setting). */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  onChange: (value: T) => void;
}) {
  const ref = useAdopt<HTMLFieldSetElement>((fieldset) => {
    const checked = fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
    const option = options.find((o) => o.value === checked && !o.disabled);
    if (option && option.value !== value) onChange(option.value);
  });
  return (
    <fieldset ref={ref} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="float-left mr-1 font-semibold text-muted">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={`inline-flex items-center gap-1.5 ${option.disabled ? 'text-muted' : 'cursor-pointer'}`}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
            className="accent-[var(--accent)]"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A checkbox (a chart setting); `name` is what the stylesheet reads. */
export function ChoiceToggle({
  label,
  name,
  checked,
  onChange,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ref = useAdopt<HTMLInputElement>((input) => {
    if (input.checked !== checked) onChange(input.checked);
  });
  return (
    <label className="inline-flex cursor-pointer items-center gap-1.5 text-sm">
      <input
        ref={ref}
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="accent-[var(--accent)]"
      />
      {label}
    </label>
  );
}
