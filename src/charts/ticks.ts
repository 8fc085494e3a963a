/**
 * The value scales and their ticks, as plain functions and data: d3-array does the math (nice bounds, tick
 * values), the caller formats the labels. Not d3-scale's continuous scales: they bring d3-interpolate,
 * d3-color and d3-format (about 6 KB gzip) for colour interpolation and number formats this page never uses.
 */
import { nice, range, ticks } from 'd3-array';

export type ScaleKind = 'linear' | 'log';

/** A value → pixel map with its domain (d3's `scale(value)` and `scale.domain()`). */
export interface ValueScale {
  (value: number): number;
  domain(): [number, number];
}

/** d3's continuous map: a domain with no width maps to the middle of the range. */
function scaleOf(kind: ScaleKind, domain: [number, number], range: [number, number]): ValueScale {
  const at = kind === 'log' ? Math.log10 : (value: number) => value;
  const [d0, d1] = domain.map(at) as [number, number];
  const [r0, r1] = range;
  const scale = (value: number) => {
    const t = d1 === d0 ? 0.5 : (at(value) - d0) / (d1 - d0);
    // A log scale clamps (a value at or below its floor sits at the start); a linear one extrapolates.
    return r0 + (kind === 'log' ? Math.min(1, Math.max(0, Number.isNaN(t) ? 0 : t)) : t) * (r1 - r0);
  };
  return Object.assign(scale, { domain: (): [number, number] => [...domain] });
}

/** A linear scale from zero to `max` (nice-rounded), or a log scale between the powers of ten around min and max. */
export function valueScale(kind: ScaleKind, min: number, max: number, range: [number, number]): ValueScale {
  if (kind === 'log') {
    const lo = 10 ** Math.floor(Math.log10(Math.max(min, 1e-9)));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(max, lo * 10)));
    return scaleOf('log', [lo, hi], range);
  }
  return scaleOf('linear', nice(0, max, 10), range);
}

/** Tick values for a scale: about `count` for a linear scale; only the powers of ten for a log scale. */
export function tickValues(scale: ValueScale, kind: ScaleKind, count: number): number[] {
  const [lo, hi] = scale.domain();
  if (kind === 'log') return range(Math.round(Math.log10(lo)), Math.round(Math.log10(hi)) + 1).map((e) => 10 ** e);
  return ticks(lo, hi, Math.max(2, count));
}
