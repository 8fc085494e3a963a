/** The Alexa drawing's parts (ALEXA_HOME's keys) and where they sit in each scene (see scene-states.ts). */
import { each, resolve, type PoseInput, type ScenePoses } from './scene-states';
import { own } from '../../lib/own';

const STORES = ['store1', 'store2', 'store3'] as const;
const PACKETS = ['packet1', 'packet2', 'packet3'] as const;
const REQUESTS = ['request1', 'request2', 'request3'] as const;

const STORE_X = 404;
const STORE_Y = [70, 138, 206] as const;

/** Each part's home: where it waits, hidden, when a scene does not use it. */
const ALEXA_HOME = {
  child: { x: 66, y: 198 },
  parent: { x: 36, y: 196 },
  speaker: { x: 122, y: 200 },
  waves: { x: 156, y: 180 },
  store1: { x: STORE_X, y: STORE_Y[0] },
  store2: { x: STORE_X, y: STORE_Y[1] },
  store3: { x: STORE_X, y: STORE_Y[2] },
  ...each(PACKETS, { x: 140, y: 186, s: 0.6 }),
  ...each(REQUESTS, { x: 70, y: 140, s: 0.6 }),
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
} satisfies Record<string, PoseInput>;

export type AlexaPart = keyof typeof ALEXA_HOME;
export const ALEXA_PARTS = Object.keys(ALEXA_HOME) as AlexaPart[];

const storeAt = (index: 0 | 1 | 2, extra: PoseInput = {}): PoseInput => ({
  x: STORE_X,
  y: STORE_Y[index] + 4,
  s: 0.8,
  ...extra,
});

const ALEXA_SCENES: Record<string, Partial<Record<AlexaPart, PoseInput>>> = {
  // A child speaks; the recording leaves the speaker for Amazon's servers.
  speaker: {
    child: { o: 1 },
    speaker: { o: 1 },
    waves: { o: 1 },
    packet1: { x: 214, y: 168, s: 1, o: 1 },
    packet2: { x: 272, y: 144, s: 1, o: 1, delay: 80 },
    packet3: { x: 330, y: 118, s: 1, o: 1, delay: 160 },
    ...each(STORES, { o: 1 }),
  },
  // The recordings sit in several stores; a deletion request reaches one and is stopped before the others.
  stores: {
    child: { o: 1 },
    parent: { o: 1 },
    speaker: { o: 0.55 },
    ...each(STORES, { o: 1 }),
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
    ...each(STORES, { o: 1 }),
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
    ...each(STORES, { o: 0.3 }),
    packet1: storeAt(0, { o: 0.3 }),
    packet2: storeAt(1, { o: 0.3 }),
    packet3: storeAt(2, { o: 0.3 }),
    court: { s: 1, o: 1 },
    doc: { x: 178, y: 150, s: 1, o: 1, delay: 150 },
  },
  // The terms: a penalty, deletion, no use of the data for algorithms, a privacy program.
  deletion: {
    speaker: { o: 0.4 },
    ...each(STORES, { o: 1 }),
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
    ...each(STORES, { o: 0.3 }),
    court: { x: 220, y: 146, s: 1, o: 1 },
    doc: { x: 336, y: 150, s: 1.2, o: 1 },
    seal: { s: 1, o: 1, delay: 250 },
  },
  // Amazon's answer: it disagrees and denies breaking the law.
  response: {
    speaker: { x: 90, y: 206, o: 0.5 },
    ...each(STORES, { o: 0.45 }),
    shield: { s: 1, o: 0.6 },
    company: { s: 1, o: 1 },
    bubble: { x: 214, y: 86, s: 1, o: 1, delay: 150 },
  },
};

export const ALEXA_SCENE_IDS: readonly string[] = Object.keys(ALEXA_SCENES);

/** Every Alexa part's pose in a scene; an unknown scene shows only the speaker and the stores. */
export function alexaScene(scene: string): ScenePoses<AlexaPart> {
  return resolve(ALEXA_HOME, own(ALEXA_SCENES, scene) ?? { speaker: { o: 1 }, ...each(STORES, { o: 1 }) });
}
