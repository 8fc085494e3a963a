/**
 * Counted copy: a base key with plural forms below it (`.one`, `.other`, and maybe `.none`, `.all`), chosen by the
 * edition's plural rules (Intl.PluralRules), filled with `{count}`.
 */
import type { CopyKey, PluralKey } from './copy-keys';
import type { CopyApi } from './text';

export type Texts = Pick<CopyApi, 't' | 'has' | 'locale'>;

/** `base.none` for 0 (when present), else the locale's plural form (`one`, `other`…), else `base.other`. */
export function pluralPath(
  base: PluralKey,
  count: number,
  text: Pick<CopyApi, 'has' | 'locale'>,
  total?: number,
): CopyKey {
  // Built at run time from a base whose `.other` is a key, and tried with `has` before use.
  const form = (name: string) => `${base}.${name}` as CopyKey;
  if (count === 0 && text.has(form('none'))) return form('none');
  if (total !== undefined && count === total && count > 1 && text.has(form('all'))) return form('all');
  const rule = form(new Intl.PluralRules(text.locale).select(count));
  return text.has(rule) ? rule : `${base}.other`;
}

export function plural(
  text: Texts,
  base: PluralKey,
  count: number,
  extra: Record<string, string | number> = {},
): string {
  return text.t(pluralPath(base, count, text), { count, ...extra });
}
