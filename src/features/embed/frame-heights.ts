/** How the loader follows a frame's reported heights: flips between two heights are damped, then settled. */

/** What a frame reported lately: its last two heights, and the pair it was flipping between, if any. */
export interface HeightHistory {
  last: number;
  before: number;
  at: number;
  damped?: { height: number; amplitude: number };
}

/**
 * The height to give a frame that reports `height`, or null to keep its height. A frame whose content is shorter
 * when it is wider can flip forever when the host's scrollbar comes and goes (A → B → A within a second): the
 * second flip settles on the taller height, and later shrinks within that amplitude are ignored.
 */
export function nextHeight(
  history: HeightHistory | undefined,
  height: number,
  now: number,
): [number | null, HeightHistory] {
  if (!history) return [height, { last: height, before: 0, at: now }];
  const { damped } = history;
  if (damped && height < damped.height && damped.height - height <= damped.amplitude) return [null, history];
  if (height === history.before && height !== history.last && now - history.at < 1000) {
    const taller = Math.max(height, history.last);
    const amplitude = Math.abs(height - history.last);
    return [taller, { last: taller, before: history.last, at: now, damped: { height: taller, amplitude } }];
  }
  return [height, { last: height, before: history.last, at: now }];
}

/** How long a damped frame waits, after its last report, before it takes that height (see `nextHeight`). */
export const SETTLE_MS = 600;
