/**
 * The front page's words (issue 28): a deck of one or two sentences and at most four short key points, in each
 * edition, one of them answering the reader's own question (do I get money?). Counted as a reader sees them:
 * figures filled in from the facts, term markers as their words. English in words; Chinese in characters, as
 * Chinese editors count them: a Chinese character or full-width mark is one, a Latin letter, digit or ASCII mark
 * half (so "Alexa" counts two and a half), spaces nothing.
 */
import { describe, expect, it } from 'vitest';
import { KEY_POINTS } from '../../src/app/page-header';
import { fillTemplate } from '../../src/data/text';
import type { CopyFile } from '../../src/data/schemas';
import type { Locale } from '../../src/lib/locales';
import { loadDataFile } from '../helpers/data-files';

const facts = new Map(loadDataFile('facts.json').facts.map((fact) => [fact.id, fact]));
const EDITIONS: Array<[Locale, CopyFile]> = [
  ['en', loadDataFile('copy.en.json')],
  ['zh-Hans', loadDataFile('copy.zh-Hans.json')],
];

const at = (copy: CopyFile, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], copy);
  if (typeof value !== 'string') throw new Error(`no text at ${key}`);
  return value;
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const characters = (text: string) =>
  [...text.replace(/\s+/g, '')].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
const LIMITS = { en: { deck: 35, point: 30 }, 'zh-Hans': { deck: 70, point: 60 } } as const;

describe('the front page copy', () => {
  for (const [locale, copy] of EDITIONS) {
    const fill = (key: string) => fillTemplate(at(copy, key), { copy, facts, locale });
    const size = locale === 'en' ? words : characters;

    it(`${locale}: the deck is one or two sentences within ${LIMITS[locale].deck} ${locale === 'en' ? 'words' : 'characters'}`, () => {
      const deck = fill('header.deck');
      expect(size(deck), deck).toBeLessThanOrEqual(LIMITS[locale].deck);
      expect(deck.split(/[.。](?=\s|$)/).filter((part) => part.trim()).length).toBeLessThanOrEqual(2);
      expect(deck).not.toMatch(/[{}[\]]/);
    });

    it(`${locale}: at most four key points, each within ${LIMITS[locale].point}, one answering "do I get money?"`, () => {
      expect(KEY_POINTS.length).toBeLessThanOrEqual(4);
      for (const [point] of KEY_POINTS) {
        const text = fill(`header.keyPoints.items.${point}`);
        expect(size(text), text).toBeLessThanOrEqual(LIMITS[locale].point);
      }
      const reader = fill('header.keyPoints.items.you');
      // Ring refunds were sent (not "will be"), to a limited group; Alexa users get no payment.
      expect(reader).toContain('117,044');
      expect(reader).toContain(locale === 'en' ? 'February 1, 2018' : '2018年2月1日');
      expect(reader).toMatch(locale === 'en' ? /\bsent\b/ : /发出|发放/);
      expect(reader).toMatch(/Alexa/);
    });
  }
});
