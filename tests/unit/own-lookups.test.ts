import { describe, expect, it } from 'vitest';
import { alexaScene } from '../../src/features/cases/alexa-states';
import { ringScene } from '../../src/features/cases/ring-states';
import { fillTemplate, type TextData } from '../../src/data/text';
import { findSection, embedTitle } from '../../src/lib/ui-strings';

/** Keys that name something on every object's prototype: lookups by data, address or host must not find them. */
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('lookups keyed by data, an address or a host page', () => {
  it('a view named like a prototype property is an unknown view, with a plain title', () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(findSection(key)).toBeUndefined();
      expect(embedTitle(key)).not.toMatch(/function|object|native/i);
    }
  });

  it('a scene id named like a prototype property shows the fallback picture', () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(alexaScene(key)).toEqual(alexaScene('no-such-scene'));
      expect(ringScene(key)).toEqual(ringScene('no-such-scene'));
    }
  });

  it('a copy token named like a prototype property stays visible as a token', () => {
    const data = { copy: {} as TextData['copy'], locale: 'en' as const, facts: new Map(), values: {} };
    for (const key of PROTOTYPE_KEYS) expect(fillTemplate(`a {${key}} b`, data, {})).toBe(`a {${key}} b`);
  });
});
