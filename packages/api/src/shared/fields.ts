/**
 * Field rules shared by the input schemas. Messages do not repeat the field's name: the error
 * formatter prefixes every message with the path of the field it concerns ("companyName: is required").
 */
import { z } from 'zod';

export const LIMITS = {
  name: 255,
  jobDescription: 100_000,
  content: 200_000,
  additionalContext: 20_000,
  url: 2_048,
  focusArea: 100,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the database. */
const text = () =>
  z
    .string({ error: 'must be text' })
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL (U+0000) characters');

/** Trimmed, non-empty, at most `max` characters. */
export const requiredText = (max: number) =>
  text()
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${count(max)} characters`);

/** Optional trimmed text; an empty string means "none" and is stored as null. */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `must be at most ${count(max)} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullish();

/** Document and resume bodies are kept exactly as written: no trimming. */
export const body = (max: number) => text().max(max, `must be at most ${count(max)} characters`);

export const uuid = () => z.uuid({ error: 'must be an id (UUID)' });

export const httpUrl = () =>
  text()
    .trim()
    .max(LIMITS.url, `must be at most ${count(LIMITS.url)} characters`)
    .refine((value) => value === '' || isHttpUrl(value), 'must be an http:// or https:// address')
    .transform((value) => (value === '' ? null : value))
    .nullish();

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

/** Every input object is strict: an unexpected key is refused by name rather than silently dropped. */
export const input = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape);
