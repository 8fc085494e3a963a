/** Which step the address and the keys ask for, kept inside the case's steps. */

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
