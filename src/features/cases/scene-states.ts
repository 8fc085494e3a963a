/**
 * The picture for each step, as data: where every part of a case's drawing sits and how visible it is (SceneLayers,
 * scene-parts.tsx, draws and moves them). Pure, no React: unit-tested on its own. This file holds what both cases
 * share; each case's parts and scenes are in its own file (alexa-states.ts, ring-states.ts), so a case's code
 * carries only its own.
 */
export interface Pose {
  x: number;
  y: number;
  /** Uniform scale (default 1). */
  s: number;
  /** Opacity 0…1. */
  o: number;
  /** Delay before the part moves, in ms (only with motion). */
  delay: number;
}

export type PoseInput = Partial<Pose>;

export const SCENE_WIDTH = 480;
export const SCENE_HEIGHT = 270;

export type ScenePoses<P extends string> = Record<P, Pose>;

/** One value for several parts: the same pose (the three stores), or one drawing for parts that look alike. */
export function each<P extends string, V>(parts: readonly P[], value: V): Record<P, V> {
  return Object.fromEntries(parts.map((part) => [part, value])) as Record<P, V>;
}

/** Every part's pose in a scene: its home (hidden), with what the scene changes. */
export function resolve<P extends string>(
  home: Record<P, PoseInput>,
  scene: Partial<Record<P, PoseInput>>,
): ScenePoses<P> {
  const result = {} as ScenePoses<P>;
  for (const part of Object.keys(home) as P[]) {
    const { x = 0, y = 0, s = 1, o = 0, delay = 0 } = { ...home[part], o: 0, ...scene[part] };
    result[part] = { x, y, s, o, delay };
  }
  return result;
}

const percent = (value: number, of: number) => `${Math.round((value / of) * 100_000) / 1000}%`;

/**
 * The CSS transform for a pose, applied to a part's full-size layer: percentages of the layer's size place
 * the part's origin at (x, y) in scene units at any rendered width; the scale is about that origin.
 */
export function poseTransform(p: Pose): string {
  const move = `translate(${percent(p.x, SCENE_WIDTH)}, ${percent(p.y, SCENE_HEIGHT)})`;
  return p.s === 1 ? move : `${move} scale(${p.s})`;
}
