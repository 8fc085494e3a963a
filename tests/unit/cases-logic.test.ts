import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/data/schemas';
import { ALEXA_PARTS, ALEXA_SCENE_IDS, alexaScene } from '../../src/features/cases/alexa-states';
import { RING_PARTS, RING_SCENE_IDS, ringScene } from '../../src/features/cases/ring-states';
import { poseTransform } from '../../src/features/cases/scene-states';

const SCENE_IDS = { alexa: ALEXA_SCENE_IDS, ring: RING_SCENE_IDS } as const;
const hasScene = (caseId: keyof typeof SCENE_IDS, scene: string) => SCENE_IDS[caseId].includes(scene);
import { clampStep, stepForKey } from '../../src/features/cases/step-index';
import { parseStep } from '../../src/lib/parse-step';
import { eventsForCase, momentEvent, momentYear, yearTicks, yearToX } from '../../src/features/cases/timeline-events';
import { loadDataFile } from '../helpers/data-files';

describe('parseStep', () => {
  it('reads a 1-based step into a 0-based index', () => {
    expect(parseStep('1', 7)).toBe(0);
    expect(parseStep('3', 7)).toBe(2);
    expect(parseStep('7', 7)).toBe(6);
    expect(parseStep(' 4 ', 7)).toBe(3);
  });

  it.each([
    ['missing', null],
    ['undefined', undefined],
    ['empty', ''],
    ['zero', '0'],
    ['negative', '-2'],
    ['past the end', '8'],
    ['huge', '99999999999999999999'],
    ['trailing letters', '3abc'],
    ['a decimal', '2.5'],
    ['an exponent', '1e1'],
    ['hex', '0x3'],
    ['words', 'three'],
    ['hostile markup', '<script>alert(1)</script>'],
    ['a plus sign', '+3'],
  ])('falls back to the first step for %s', (_name, raw) => {
    expect(parseStep(raw, 7)).toBe(0);
  });

  it('gives 0 when there are no steps at all', () => {
    expect(parseStep('1', 0)).toBe(0);
  });
});

describe('moving between steps', () => {
  it('clamps to the range', () => {
    expect(clampStep(-1, 7)).toBe(0);
    expect(clampStep(7, 7)).toBe(6);
    expect(clampStep(3.7, 7)).toBe(3);
    expect(clampStep(Number.NaN, 7)).toBe(0);
  });

  it('maps the arrow, Home and End keys, and ignores other keys', () => {
    expect(stepForKey('ArrowRight', 2, 7)).toBe(3);
    expect(stepForKey('ArrowLeft', 2, 7)).toBe(1);
    expect(stepForKey('ArrowLeft', 0, 7)).toBe(0);
    expect(stepForKey('ArrowRight', 6, 7)).toBe(6);
    expect(stepForKey('Home', 5, 7)).toBe(0);
    expect(stepForKey('End', 1, 7)).toBe(6);
    expect(stepForKey('ArrowUp', 2, 7)).toBeNull();
    expect(stepForKey('Enter', 2, 7)).toBeNull();
  });
});

describe('the timeline', () => {
  const cases = loadDataFile('cases.json');
  const facts = new Map<string, Fact>(loadDataFile('facts.json').facts.map((fact) => [fact.id, fact]));

  it('places both cases’ events in date order, marking this case’s (and shared) events as own', () => {
    const placed = eventsForCase(cases.timeline, facts, 'alexa');
    expect(placed).toHaveLength(cases.timeline.length);
    const positions = placed.map((event) => event.at);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(placed.find((event) => event.event.id === 'both-filed')?.own).toBe(true);
    expect(placed.find((event) => event.event.id === 'ring-hacks')?.own).toBe(false);
    const span = placed.find((event) => event.event.id === 'ring-hacks');
    expect(span?.endAt).toBeGreaterThan(span?.at ?? Infinity);
  });

  it('finds an event for every step’s moment, by fact or by date', () => {
    for (const caseData of cases.cases) {
      const placed = eventsForCase(cases.timeline, facts, caseData.id);
      for (const step of caseData.steps) {
        expect(momentEvent(placed, step.momentFactId, facts), `${caseData.id}/${step.id}`).toBeDefined();
        expect(momentYear(step.momentFactId, facts)).toBeGreaterThanOrEqual(2017);
      }
    }
    // Ring's filing date matches the shared "both filed" event, which cites the Alexa fact.
    const ring = eventsForCase(cases.timeline, facts, 'ring');
    expect(momentEvent(ring, 'ring-filed', facts)?.event.id).toBe('both-filed');
    expect(momentEvent(ring, 'no-such-fact', facts)).toBeUndefined();
  });

  it('maps years onto the strip, clamped, and thins the year labels when narrow', () => {
    expect(yearToX(2017, 10, 810)).toBe(10);
    expect(yearToX(2025, 10, 810)).toBe(810);
    expect(yearToX(2021, 10, 810)).toBe(410);
    expect(yearToX(1990, 10, 810)).toBe(10);
    expect(yearTicks(800)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearTicks(280)).toEqual([2017, 2019, 2021, 2023]);
  });
});

describe('the scenes', () => {
  const cases = loadDataFile('cases.json');

  it('has a picture for every scene the data uses', () => {
    for (const caseData of cases.cases) {
      for (const step of caseData.steps)
        expect(hasScene(caseData.id, step.scene), `${caseData.id}: ${step.scene}`).toBe(true);
    }
  });

  it('changes the picture at every step, with valid poses', () => {
    for (const caseData of cases.cases) {
      const build = caseData.id === 'alexa' ? alexaScene : ringScene;
      const parts: readonly string[] = caseData.id === 'alexa' ? ALEXA_PARTS : RING_PARTS;
      const poses = caseData.steps.map(
        (step) => build(step.scene) as Record<string, { x: number; y: number; s: number; o: number; delay: number }>,
      );
      poses.forEach((scene, index) => {
        expect(Object.keys(scene).sort()).toEqual([...parts].sort());
        for (const pose of Object.values(scene)) {
          expect(pose.o).toBeGreaterThanOrEqual(0);
          expect(pose.o).toBeLessThanOrEqual(1);
          expect(pose.s).toBeGreaterThan(0);
          // Every part finishes well within a second (600 ms transition + at most 300 ms delay).
          expect(pose.delay).toBeLessThanOrEqual(300);
        }
        if (index > 0) expect(scene, `${caseData.id} step ${index + 1}`).not.toEqual(poses[index - 1]);
      });
    }
  });

  it('shows something sensible for an unknown scene, and knows every scene id', () => {
    expect(alexaScene('nope').speaker.o).toBe(1);
    expect(ringScene('nope').archive.o).toBe(1);
    expect(SCENE_IDS.alexa).toContain('stores');
    expect(SCENE_IDS.ring).toContain('archive-open');
    expect(hasScene('alexa', 'archive-open')).toBe(false);
  });

  it('writes transforms as percentages of the scene, so they hold at any width', () => {
    expect(poseTransform({ x: 240, y: 135, s: 1, o: 1, delay: 0 })).toBe('translate(50%, 50%)');
    expect(poseTransform({ x: 48, y: 27, s: 0.5, o: 1, delay: 0 })).toBe('translate(10%, 10%) scale(0.5)');
    expect(poseTransform({ x: 100, y: 100, s: 1, o: 1, delay: 0 })).toBe('translate(20.833%, 37.037%)');
  });

  it('tells the deletion story in the Alexa stores scene: one store emptied, two kept', () => {
    const scene = alexaScene('stores');
    expect(scene.packet1.o).toBeLessThan(0.3);
    expect(scene.packet2.o).toBe(1);
    expect(scene.packet3.o).toBe(1);
    expect(scene.request1.x).toBeGreaterThan(scene.wall.x);
    expect(scene.request2.x).toBeLessThan(scene.wall.x);
    expect(scene.request3.x).toBeLessThan(scene.wall.x);
  });
});
