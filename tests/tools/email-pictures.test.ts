/**
 * The email pictures (src/pictures/email, drawn by scripts/pictures.mjs): every one in both editions, drawn as the
 * build draws it, with SITE_URL and PUBLISHER pinned here. Checked as files (width, bytes) and as trees (every
 * text's size, the footer's words, the claims' order), plus their alt texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/format';
import { loadSatoriFonts } from '../../src/pictures/email/fonts';
import type { EmailPicture } from '../../src/pictures/email/frame';
import { emailPictures } from '../../src/pictures/email/pictures';
import { buildEmailManifest, drawEmail, textRuns, type DrawnEmail } from '../../src/pictures/email/render';
import { loadEdition, parseFiles } from '../../src/pictures/edition';
import { readDataText } from '../helpers/data-files';

const ENV = { SITE_URL: 'https://example.org/news/amazon', PUBLISHER: 'The Example Gazette' };
const pngWidth = (png: Buffer) => png.readUInt32BE(16);
const name = (picture: EmailPicture) => `${picture.key}.${picture.locale}`;

describe('email pictures', { timeout: 300_000 }, () => {
  let pictures: EmailPicture[];
  const drawn = new Map<string, DrawnEmail>();

  beforeAll(async () => {
    pictures = emailPictures(readDataText, ENV);
    const fonts = loadSatoriFonts();
    for (const picture of pictures) drawn.set(name(picture), await drawEmail(picture, fonts));
  }, 300_000);

  it('has one picture per step, chart, claim and view, in both editions', () => {
    const keys = (locale: string) => pictures.filter((picture) => picture.locale === locale).map((p) => p.key);
    expect(keys('en')).toEqual(keys('zh-Hans'));
    expect(keys('en')).toEqual(
      expect.arrayContaining(['alexa.step-7', 'ring.step-8', 'penalties.chart-time', 'sources.claim-two-days']),
    );
    expect(keys('en')).toEqual(expect.arrayContaining(['alexa.full', 'ring.full', 'penalties.full', 'sources.full']));
    const manifest = buildEmailManifest(pictures.map((picture) => ({ picture, drawn: drawn.get(name(picture))! })));
    expect(manifest.en['alexa.step-3']).toEqual({
      file: 'pictures/email.alexa.step-3.en.png',
      width: 1200,
      height: expect.any(Number),
      alt: expect.any(String),
    });
  });

  it('is 1200 px wide, at most 1500 px tall and 150 KB', () => {
    for (const picture of pictures) {
      const { png, height } = drawn.get(name(picture))!;
      expect(pngWidth(png), name(picture)).toBe(1200);
      expect(height, name(picture)).toBeLessThanOrEqual(1500);
      expect(png.length, name(picture)).toBeLessThanOrEqual(150 * 1024);
    }
  });

  it('draws no text under 28 px (14 px in a 600 px email column)', () => {
    for (const picture of pictures) {
      const runs = textRuns(picture.element);
      expect(runs.length, name(picture)).toBeGreaterThan(3);
      const small = runs.filter((run) => run.fontSize < 28);
      expect(small, name(picture)).toEqual([]);
    }
  });

  it('draws the credit, the last-updated date and the address in the footer', () => {
    const files = parseFiles(readDataText);
    for (const locale of ['en', 'zh-Hans'] as const) {
      const [credit, dated] = loadEdition(files, readDataText, locale, ENV).footer;
      expect(credit).toContain('The Example Gazette');
      expect(dated).toContain(formatIsoDate('2026-12-07', locale).slice(0, 4));
      expect(dated).toContain('example.org/news/amazon/');
      expect(dated).not.toContain('https://');
      for (const picture of pictures.filter((each) => each.locale === locale)) {
        const texts = textRuns(picture.element).map((run) => run.text);
        expect(texts.slice(-2), name(picture)).toEqual([credit, dated]);
      }
      // Without SITE_URL (a preview build), no address.
      expect(loadEdition(files, readDataText, locale, {}).footer.join(' ')).not.toContain('example.org');
    }
  });

  it('leads a claim with the record: its first and largest text, before the claim', () => {
    const claims = pictures.filter((picture) => picture.key.startsWith('sources.claim-'));
    expect(claims.length).toBeGreaterThan(10);
    for (const picture of claims) {
      const runs = textRuns(picture.element);
      const largest = Math.max(...runs.map((run) => run.fontSize));
      const lead = runs.filter((run) => run.fontSize === largest);
      expect(lead, name(picture)).toHaveLength(1);
      const recordAt = runs.indexOf(lead[0]!);
      const claimLabel = picture.locale === 'en' ? 'Claim' : '说法';
      const claimAt = runs.findIndex((run) => run.text === claimLabel);
      expect(claimAt, name(picture)).toBeGreaterThan(recordAt);
      expect(runs[recordAt - 1]!.text, name(picture)).toBe(picture.locale === 'en' ? 'The record' : '记录');
    }
    const twoDays = textRuns(pictures.find((p) => p.key === 'sources.claim-two-days' && p.locale === 'en')!.element);
    expect(twoDays.map((run) => run.text)).toContain('✗ Not supported by the record');
    // An allegation wears the card's "?", not the matrix's "≈" (loosely reported).
    const watched = textRuns(
      pictures.find((p) => p.key === 'sources.claim-employees-watched' && p.locale === 'en')!.element,
    );
    expect(watched.map((run) => run.text)).toContain('? Alleged by the government; denied by the company');
  });

  it("names each article in its edition's words, as the notes do: an alt text cannot switch language", () => {
    const claims = pictures.filter((picture) => picture.key.startsWith('sources.claim-') && picture.locale === 'en');
    for (const picture of claims) {
      const texts = textRuns(picture.element).map((run) => run.text);
      expect(
        texts.filter((text) => /\p{Script=Han}/u.test(text)),
        name(picture),
      ).toEqual([]);
    }
    const total = claims.find((picture) => picture.key === 'sources.claim-total')!;
    expect(total.alt).toContain('Loosely: Kuajing Daohang (a cross-border e-commerce portal), AMZ Pro.');
  });

  it('shows ring step 3 and not step 4', () => {
    const texts = (key: string) =>
      textRuns(pictures.find((p) => p.key === key && p.locale === 'en')!.element).map((run) => run.text);
    const step3 = texts('ring.step-3');
    const step4Title = texts('ring.step-4')[1]!;
    expect(step3[0]).toContain('Step 3 of 8');
    expect(step3).not.toContain(step4Title);
    expect(step3[1]).not.toBe(step4Title);
  });

  it('has an alt text per picture, distinct, in its edition', () => {
    for (const locale of ['en', 'zh-Hans'] as const) {
      const alts = pictures.filter((picture) => picture.locale === locale).map((picture) => picture.alt);
      for (const alt of alts) {
        expect(alt.length).toBeGreaterThan(30);
        // A Chinese alt is written in Chinese, an English one starts in English.
        if (locale === 'zh-Hans') expect(alt).toMatch(/\p{Script=Han}{4}/u);
        else expect(alt).toMatch(/^[\p{Script=Latin}$\d]/u);
      }
      expect(new Set(alts).size).toBe(alts.length);
    }
  });
});
