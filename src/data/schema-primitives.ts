/** The building blocks every data file's schema shares (schemas.ts, money-schema.ts). */
import * as z from 'zod/mini';
import { MAX_TEXT } from './schema-messages';

const MAX_ID = 80;
export const text = () => z.string().check(z.maxLength(MAX_TEXT));
export const nonEmpty = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
export const id = () =>
  z.string().check(z.maxLength(MAX_ID), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));
/** A date at the precision the record gives: year, year-month, or full day. */
export const isoDate = () =>
  z
    .string()
    .check(
      z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    );
export const httpsUrl = () =>
  z.string().check(z.maxLength(2000), z.regex(/^https:\/\/[^\s"<>]+$/, 'must be an https:// address'));

const LANGUAGES = ['en', 'zh-Hans', 'fr'] as const;
export const languageSchema = z.enum(LANGUAGES);
export const caseIdSchema = z.enum(['alexa', 'ring']);
export const caseScopeSchema = z.enum(['alexa', 'ring', 'both']);
