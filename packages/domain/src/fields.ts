/**
 * Field rules shared by the API's input schemas and the web forms. Messages do not repeat the
 * field's name: the API prefixes each with the field's path ("companyName: is required") and a form
 * shows it under the field ("Required"). The length limit is always the first check and it aborts:
 * nothing else (no pattern, no URL parser) ever looks at an oversized value.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { normalizeLineEndings } from './text-lines.js';

const count = (n: number) => n.toLocaleString('en-US');

/** A length limit that stops validation when it fails, so later checks never see a huge value. */
export const atMost = (max: number) => ({ error: `must be at most ${count(max)} characters`, abort: true } as const);

/**
 * Text of at most `max` characters (after trimming when `trim`), without NUL: PostgreSQL text
 * cannot hold U+0000, so it is refused here rather than failing in the database.
 */
const text = (max: number, trim: boolean) => {
  const string = z.string({ error: 'must be text' });
  return withoutNul((trim ? string.trim() : string).max(max, atMost(max)));
};

const withoutNul = (schema: z.ZodString) =>
  schema.refine((value) => !value.includes('\u0000'), 'must not contain NUL (U+0000) characters');

/** Trimmed, non-empty, at most `max` characters. */
export const requiredText = (max: number) => text(max, true).min(1, 'is required');

/** Optional trimmed text; an empty string means "none" and is stored as null. */
export const optionalText = (max: number) =>
  text(max, true)
    .transform((value) => (value === '' ? null : value))
    .nullish();

/**
 * Document and resume bodies are kept as written (no trimming), with line endings normalised to LF
 * before the limit is checked, so a CRLF text counts as the editor counts it.
 */
export const body = (max: number) =>
  withoutNul(z.string({ error: 'must be text' }).overwrite(normalizeLineEndings).max(max, atMost(max)));

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

export const uuid = () => z.uuid({ error: 'must be an id (UUID)' });

/** An absolute http(s) address with a host; anything else (javascript:, mailto:, relative) is not. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const httpUrl = () =>
  text(LIMITS.url, true)
    .refine((value) => value === '' || isHttpUrl(value), 'must be an http:// or https:// address')
    .transform((value) => (value === '' ? null : value))
    .nullish();

/** An email address: its length is checked (and aborts) before zod's address pattern runs. */
export const email = () =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'is required')
    .max(LIMITS.name, atMost(LIMITS.name))
    .pipe(z.email({ error: 'must be an email address' }));

/** Text matching `pattern`, at most `max` characters long before the pattern ever runs. */
export const patterned = (max: number, pattern: RegExp, message: string) =>
  z.string({ error: 'must be text' }).max(max, atMost(max)).regex(pattern, message);

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

/** Every input object is strict: an unexpected key is refused by name rather than silently dropped. */
export const input = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape);

/**
 * Moments the app accepts: a real date between 1970 and 2100. superjson clients send a Date; plain JSON
 * clients (assistants, scripts) may send ISO 8601 text with a time zone, e.g. 2026-12-03T09:00:00Z.
 */
export const moment = () =>
  z
    .union(
      [
        z.date(),
        z
          .string()
          .max(40, atMost(40))
          .pipe(z.iso.datetime({ offset: true }))
          .transform((value) => new Date(value)),
      ],
      { error: 'must be a date and time (a Date, or ISO 8601 text such as 2026-12-03T09:00:00Z)' },
    )
    .pipe(
      z
        .date({ error: 'must be a date and time' })
        .min(new Date('1970-01-01T00:00:00Z'), 'must be after 1970')
        .max(new Date('2100-01-01T00:00:00Z'), 'must be before 2100'),
    );
