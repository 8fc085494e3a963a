/**
 * The picture for each step, as data: where every part of a case's drawing sits and how visible it is.
 * One SVG per case renders these poses; CSS transitions (motion-safe only) move the parts between them.
 * Pure, no React: unit-tested on its own.
 */
import type { CaseId } from '../../data/schemas';

export interface Pose {
  x: number;
  y: number;
  /** Uniform scale (default 1). */
  s: number;
  /** Opacity 0…1. */
  o: number;
  /** Transition delay in ms, applied only when motion is allowed. */
  delay: number;
}

type PoseInput = Partial<Pose>;

export const SCENE_WIDTH = 480;
export const SCENE_HEIGHT = 270;

export const ALEXA_PARTS = [
  'child',
  'parent',
  'speaker',
  'waves',
  'store1',
  'store2',
  'store3',
  'packet1',
  'packet2',
  'packet3',
  'request1',
  'request2',
  'request3',
  'wall',
  'trail',
  'model',
  'staff',
  'ban',
  'shield',
  'coins',
  'court',
  'doc',
  'seal',
  'company',
  'bubble',
] as const;

export const RING_PARTS = [
  'house',
  'signal',
  'archive',
  'video1',
  'video2',
  'video3',
  'video4',
  'faces',
  'crowd',
  'sight',
  'watcher',
  'hackers',
  'attack',
  'lock',
  'shield',
  'coin1',
  'coin2',
  'coin3',
  'court',
  'doc',
  'company',
  'bubble',
] as const;

export type AlexaPart = (typeof ALEXA_PARTS)[number];
export type RingPart = (typeof RING_PARTS)[number];
export type ScenePoses<P extends string> = Record<P, Pose>;

// ---------- Alexa ----------
const STORE_X = 404;
const STORE_Y = [70, 138, 206] as const;

/** Home positions: where each part waits, hidden, when a scene does not use it. */
const ALEXA_HOME: Record<AlexaPart, PoseInput> = {
  child: { x: 66, y: 198 },
  parent: { x: 36, y: 196 },
  speaker: { x: 122, y: 200 },
  waves: { x: 156, y: 180 },
  store1: { x: STORE_X, y: STORE_Y[0] },
  store2: { x: STORE_X, y: STORE_Y[1] },
  store3: { x: STORE_X, y: STORE_Y[2] },
  packet1: { x: 140, y: 186, s: 0.6 },
  packet2: { x: 140, y: 186, s: 0.6 },
  packet3: { x: 140, y: 186, s: 0.6 },
  request1: { x: 70, y: 140, s: 0.6 },
  request2: { x: 70, y: 140, s: 0.6 },
  request3: { x: 70, y: 140, s: 0.6 },
  wall: { x: 344, y: 172, s: 0.8 },
  trail: { x: 0, y: 0 },
  model: { x: 236, y: 58, s: 0.8 },
  staff: { x: 236, y: 248, s: 0.9 },
  ban: { x: 236, y: 58, s: 1.6 },
  shield: { x: 330, y: 138, s: 0.7 },
  coins: { x: 150, y: 60, s: 0.7 },
  court: { x: 262, y: 146, s: 0.85 },
  doc: { x: 150, y: 140, s: 0.8 },
  seal: { x: 348, y: 168, s: 0.3 },
  company: { x: 226, y: 196, s: 0.85 },
  bubble: { x: 290, y: 96, s: 0.6 },
};

const storeAt = (index: 0 | 1 | 2, extra: PoseInput = {}): PoseInput => ({ x: STORE_X, y: STORE_Y[index] + 4, s: 0.8, ...extra });

const ALEXA_SCENES: Record<string, Partial<Record<AlexaPart, PoseInput>>> = {
  // A child speaks; the recording leaves the speaker for Amazon's servers.
  speaker: {
    child: { o: 1 },
    speaker: { o: 1 },
    waves: { o: 1 },
    packet1: { x: 214, y: 168, s: 1, o: 1 },
    packet2: { x: 272, y: 144, s: 1, o: 1, delay: 80 },
    packet3: { x: 330, y: 118, s: 1, o: 1, delay: 160 },
    store1: { o: 1 },
    store2: { o: 1 },
    store3: { o: 1 },
  },
  // The recordings sit in several stores; a deletion request reaches one and is stopped before the others.
  stores: {
    child: { o: 1 },
    parent: { o: 1 },
    speaker: { o: 0.55 },
    store1: { o: 1 },
    store2: { o: 1 },
    store3: { o: 1 },
    packet1: storeAt(0, { o: 0.12, s: 0.5, delay: 300 }),
    packet2: storeAt(1, { o: 1 }),
    packet3: storeAt(2, { o: 1 }),
    request1: { x: 366, y: STORE_Y[0], s: 1, o: 1 },
    request2: { x: 306, y: STORE_Y[1], s: 1, o: 1, delay: 60 },
    request3: { x: 306, y: STORE_Y[2], s: 1, o: 1, delay: 120 },
    wall: { s: 1, o: 1, delay: 200 },
    trail: { o: 1, delay: 300 },
  },
  // Recordings flow from the stores into the speech model; many employees can reach them.
  training: {
    child: { o: 0.5 },
    speaker: { o: 0.5 },
    store1: { o: 1 },
    store2: { o: 1 },
    store3: { o: 1 },
    packet1: { x: 330, y: 62, s: 0.9, o: 1 },
    packet2: { x: 306, y: 92, s: 0.9, o: 1, delay: 80 },
    packet3: { x: 290, y: 124, s: 0.9, o: 1, delay: 160 },
    model: { s: 1, o: 1 },
    staff: { s: 1, o: 1, delay: 150 },
  },
  // The government's complaint goes to court.
  court: {
    child: { o: 0.3 },
    speaker: { o: 0.3 },
    store1: { o: 0.3 },
    store2: { o: 0.3 },
    store3: { o: 0.3 },
    packet1: storeAt(0, { o: 0.3 }),
    packet2: storeAt(1, { o: 0.3 }),
    packet3: storeAt(2, { o: 0.3 }),
    court: { s: 1, o: 1 },
    doc: { x: 178, y: 150, s: 1, o: 1, delay: 150 },
  },
  // The terms: a penalty, deletion, no use of the data for algorithms, a privacy program.
  deletion: {
    speaker: { o: 0.4 },
    store1: { o: 1 },
    store2: { o: 1 },
    store3: { o: 1 },
    packet1: storeAt(0, { o: 0, s: 0.2 }),
    packet2: storeAt(1, { o: 0, s: 0.2, delay: 80 }),
    packet3: storeAt(2, { o: 0, s: 0.2, delay: 160 }),
    model: { s: 1, o: 0.45 },
    ban: { s: 1, o: 1, delay: 150 },
    shield: { s: 1, o: 1, delay: 250 },
    coins: { s: 1.2, o: 1, x: 120, y: 104 },
  },
  // A judge signs: the order binds Amazon.
  approved: {
    speaker: { o: 0.25 },
    store1: { o: 0.3 },
    store2: { o: 0.3 },
    store3: { o: 0.3 },
    court: { x: 220, y: 146, s: 1, o: 1 },
    doc: { x: 336, y: 150, s: 1.2, o: 1 },
    seal: { s: 1, o: 1, delay: 250 },
  },
  // Amazon's answer: it disagrees and denies breaking the law.
  response: {
    speaker: { x: 90, y: 206, o: 0.5 },
    store1: { o: 0.45 },
    store2: { o: 0.45 },
    store3: { o: 0.45 },
    shield: { s: 1, o: 0.6 },
    company: { s: 1, o: 1 },
    bubble: { x: 214, y: 86, s: 1, o: 1, delay: 150 },
  },
};

// ---------- Ring ----------
const ARCHIVE = { x: 268, y: 148 } as const;
const slot = (column: number, row: number, extra: PoseInput = {}): PoseInput => ({ x: ARCHIVE.x - 16 + column * 32, y: ARCHIVE.y - 26 + row * 30, s: 0.75, ...extra });

const RING_HOME: Record<RingPart, PoseInput> = {
  house: { x: 84, y: 176 },
  signal: { x: 84, y: 176 },
  archive: { x: ARCHIVE.x, y: ARCHIVE.y },
  video1: { x: 110, y: 180, s: 0.5 },
  video2: { x: 110, y: 180, s: 0.5 },
  video3: { x: 110, y: 180, s: 0.5 },
  video4: { x: 110, y: 180, s: 0.5 },
  faces: { x: 268, y: 46, s: 0.8 },
  crowd: { x: 412, y: 150, s: 0.9 },
  sight: { x: 0, y: 0 },
  watcher: { x: 404, y: 178, s: 0.8 },
  hackers: { x: 56, y: 56, s: 0.9 },
  attack: { x: 0, y: 0 },
  lock: { x: ARCHIVE.x, y: ARCHIVE.y + 4, s: 0.6 },
  shield: { x: 372, y: 148, s: 0.7 },
  coin1: { x: ARCHIVE.x, y: ARCHIVE.y, s: 0.6 },
  coin2: { x: ARCHIVE.x, y: ARCHIVE.y, s: 0.6 },
  coin3: { x: ARCHIVE.x, y: ARCHIVE.y, s: 0.6 },
  court: { x: 268, y: 146, s: 0.85 },
  doc: { x: 160, y: 140, s: 0.8 },
  company: { x: 236, y: 196, s: 0.85 },
  bubble: { x: 300, y: 96, s: 0.6 },
};

const videosInArchive = (opacity: number): Partial<Record<RingPart, PoseInput>> => ({
  video1: slot(0, 0, { o: opacity }),
  video2: slot(1, 0, { o: opacity }),
  video3: slot(0, 1, { o: opacity }),
  video4: slot(1, 1, { o: opacity }),
});

const RING_SCENES: Record<string, Partial<Record<RingPart, PoseInput>>> = {
  // Cameras at the door and inside; their video travels to Ring's servers.
  cameras: {
    house: { o: 1 },
    signal: { o: 1 },
    archive: { o: 1 },
    video1: { x: 150, y: 150, s: 1, o: 1 },
    video2: { x: 184, y: 134, s: 1, o: 1, delay: 80 },
    video3: { x: 218, y: 118, s: 1, o: 0.8, delay: 160 },
    video4: { x: 150, y: 196, s: 1, o: 0.6, delay: 240 },
  },
  // The archive is open: every employee and hundreds of contractors can look in.
  'archive-open': {
    house: { o: 0.7 },
    archive: { o: 1 },
    ...videosInArchive(1),
    faces: { o: 0.8 },
    crowd: { s: 1, o: 1 },
    sight: { o: 1, delay: 150 },
  },
  // One employee pulls video after video out of the archive.
  watcher: {
    house: { o: 0.6 },
    archive: { o: 1 },
    video1: { x: 340, y: 112, s: 1, o: 1 },
    video2: { x: 368, y: 96, s: 1, o: 1, delay: 80 },
    video3: { x: 340, y: 80, s: 1, o: 1, delay: 160 },
    video4: { x: 368, y: 128, s: 1, o: 1, delay: 240 },
    faces: { o: 0.8 },
    crowd: { x: 452, y: 150, s: 0.7, o: 0.25 },
    watcher: { s: 1, o: 1 },
  },
  // Outsiders try stolen passwords and get into accounts and cameras.
  hackers: {
    house: { o: 1 },
    signal: { o: 1 },
    archive: { o: 1 },
    ...videosInArchive(0.9),
    faces: { o: 0.6 },
    hackers: { s: 1, o: 1 },
    attack: { o: 1, delay: 200 },
  },
  // The FTC takes Ring to court.
  court: {
    house: { o: 0.3 },
    archive: { x: 404, o: 0.3 },
    faces: { x: 404, o: 0.2 },
    court: { s: 1, o: 1 },
    doc: { x: 170, y: 150, s: 1, o: 1, delay: 150 },
  },
  // The terms: the archive locked, face data deleted, a security program watching over it.
  'archive-locked': {
    house: { o: 0.8 },
    archive: { o: 1 },
    ...videosInArchive(0.9),
    faces: { y: 20, s: 0.3, o: 0 },
    lock: { s: 1, o: 1, delay: 150 },
    shield: { s: 1, o: 1, delay: 250 },
    crowd: { x: 444, s: 0.8, o: 0.2 },
  },
  // Refunds travel from Ring to its customers.
  refunds: {
    house: { o: 1 },
    archive: { o: 0.8 },
    lock: { s: 1, o: 0.8 },
    coin1: { x: 150, y: 150, s: 1, o: 1 },
    coin2: { x: 176, y: 172, s: 1, o: 1, delay: 100 },
    coin3: { x: 150, y: 196, s: 1, o: 1, delay: 200 },
  },
  // Ring's answer: it disagrees and denies breaking the law.
  response: {
    house: { x: 70, o: 0.5 },
    archive: { x: 404, o: 0.45 },
    lock: { x: 404, s: 1, o: 0.45 },
    company: { s: 1, o: 1 },
    bubble: { x: 224, y: 86, s: 1, o: 1, delay: 150 },
  },
};

function pose(input: PoseInput): Pose {
  return { x: input.x ?? 0, y: input.y ?? 0, s: input.s ?? 1, o: input.o ?? 0, delay: input.delay ?? 0 };
}

function resolve<P extends string>(parts: readonly P[], home: Record<P, PoseInput>, scene: Partial<Record<P, PoseInput>> | undefined): ScenePoses<P> {
  const result = {} as ScenePoses<P>;
  for (const part of parts) result[part] = pose({ ...home[part], o: 0, ...(scene?.[part] ?? {}) });
  return result;
}

export const SCENE_IDS: Record<CaseId, readonly string[]> = {
  alexa: Object.keys(ALEXA_SCENES),
  ring: Object.keys(RING_SCENES),
};

export function hasScene(caseId: CaseId, scene: string): boolean {
  return SCENE_IDS[caseId].includes(scene);
}

/** Every Alexa part's pose in a scene; an unknown scene shows only the speaker and the stores. */
export function alexaScene(scene: string): ScenePoses<AlexaPart> {
  return resolve(ALEXA_PARTS, ALEXA_HOME, ALEXA_SCENES[scene] ?? { speaker: { o: 1 }, store1: { o: 1 }, store2: { o: 1 }, store3: { o: 1 } });
}

/** Every Ring part's pose in a scene; an unknown scene shows only the house and the archive. */
export function ringScene(scene: string): ScenePoses<RingPart> {
  return resolve(RING_PARTS, RING_HOME, RING_SCENES[scene] ?? { house: { o: 1 }, archive: { o: 1 } });
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
