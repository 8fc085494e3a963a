import { useEffect, useState } from 'react';

/**
 * `value`, one frame late: when it changes, the new value arrives after the browser has painted the
 * current frame. Used to spread one step change over two frames (the picture first, then the text), so
 * that no single frame does all the style and layout work at once.
 */
export function useNextFrameValue<T>(value: T): T {
  const [staged, setStaged] = useState(value);
  useEffect(() => {
    if (Object.is(staged, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setStaged(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, staged]);
  return staged;
}
