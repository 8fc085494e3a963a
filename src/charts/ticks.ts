/** Axis ticks, as plain data: d3-scale picks the values, the caller formats the labels. */
import { scaleLinear, scaleLog } from 'd3-scale';

export interface Tick {
  value: number;
  label: string;
}

export type ScaleKind = 'linear' | 'log';

export interface ScaleSpec {
  kind: ScaleKind;
  domain: [number, number];
  range: [number, number];
}

/** A linear scale from zero to `max` (nice-rounded), or a log scale between the powers of ten around min and max. */
export function valueScale(kind: ScaleKind, min: number, max: number, range: [number, number]) {
  if (kind === 'log') {
    const lo = 10 ** Math.floor(Math.log10(Math.max(min, 1e-9)));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(max, lo * 10)));
    return scaleLog().domain([lo, hi]).range(range).clamp(true);
  }
  return scaleLinear().domain([0, max]).nice().range(range);
}

/** Tick values for a scale: about `count` for a linear scale; only the powers of ten for a log scale. */
export function tickValues(scale: ReturnType<typeof valueScale>, kind: ScaleKind, count: number): number[] {
  if (kind === 'log') {
    const [lo = 1, hi = 10] = scale.domain();
    const values: number[] = [];
    for (let exponent = Math.round(Math.log10(lo)); exponent <= Math.round(Math.log10(hi)); exponent += 1)
      values.push(10 ** exponent);
    return values;
  }
  return scale.ticks(Math.max(2, count));
}

/** How many ticks fit: roughly one per `spacing` pixels. */
export function tickCount(width: number, spacing = 100): number {
  return Math.max(2, Math.floor(width / spacing));
}
