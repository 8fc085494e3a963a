/** The Ring drawing's parts (RING_HOME's keys) and where they sit in each scene (see scene-states.ts). */
import { each, resolve, type PoseInput, type ScenePoses } from './scene-states';
import { own } from '../../lib/own';

const ARCHIVE = { x: 268, y: 148 } as const;
const slot = (column: number, row: number, extra: PoseInput = {}): PoseInput => ({
  x: ARCHIVE.x - 16 + column * 32,
  y: ARCHIVE.y - 26 + row * 30,
  s: 0.75,
  ...extra,
});

/** Each part's home: where it waits, hidden, when a scene does not use it. */
const RING_HOME = {
  house: { x: 84, y: 176 },
  signal: { x: 84, y: 176 },
  archive: { x: ARCHIVE.x, y: ARCHIVE.y },
  ...each(['video1', 'video2', 'video3', 'video4'] as const, { x: 110, y: 180, s: 0.5 }),
  faces: { x: 268, y: 46, s: 0.8 },
  crowd: { x: 412, y: 150, s: 0.9 },
  sight: { x: 0, y: 0 },
  watcher: { x: 404, y: 178, s: 0.8 },
  hackers: { x: 56, y: 56, s: 0.9 },
  attack: { x: 0, y: 0 },
  lock: { x: ARCHIVE.x, y: ARCHIVE.y + 4, s: 0.6 },
  shield: { x: 372, y: 148, s: 0.7 },
  ...each(['coin1', 'coin2', 'coin3'] as const, { x: ARCHIVE.x, y: ARCHIVE.y, s: 0.6 }),
  court: { x: 268, y: 146, s: 0.85 },
  doc: { x: 160, y: 140, s: 0.8 },
  company: { x: 236, y: 196, s: 0.85 },
  bubble: { x: 300, y: 96, s: 0.6 },
} satisfies Record<string, PoseInput>;

export type RingPart = keyof typeof RING_HOME;
export const RING_PARTS = Object.keys(RING_HOME) as RingPart[];

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

export const RING_SCENE_IDS: readonly string[] = Object.keys(RING_SCENES);

/** Every Ring part's pose in a scene; an unknown scene shows only the house and the archive. */
export function ringScene(scene: string): ScenePoses<RingPart> {
  return resolve(RING_HOME, own(RING_SCENES, scene) ?? { house: { o: 1 }, archive: { o: 1 } });
}
