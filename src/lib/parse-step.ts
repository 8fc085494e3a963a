/**
 * The step number in the URL (1-based) as a 0-based index. Anything that is not a plain whole number from
 * 1 to `count` ("3abc", "0", "-2", "1e3", "9999999999999999999", "<script>") gives the first step.
 */
export function parseStep(raw: string | null | undefined, count: number): number {
  if (raw === null || raw === undefined || count < 1) return 0;
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) return 0;
  const step = Number(text);
  return step >= 1 && step <= count ? step - 1 : 0;
}
