/** Which step the address and the keys ask for, kept inside the case's steps. */

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

/** The index after a move, kept inside 0…count-1. */
export function clampStep(index: number, count: number): number {
  if (count < 1 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** Where a key takes the reader from `index`, or null when the key is not ours. */
export function stepForKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return clampStep(index - 1, count);
    case 'ArrowRight':
      return clampStep(index + 1, count);
    case 'Home':
      return 0;
    case 'End':
      return clampStep(count - 1, count);
    default:
      return null;
  }
}
