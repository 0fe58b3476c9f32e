/**
 * Enumerates the router, so suites cover every procedure, including ones added later, and builds a
 * plausible input for any of them from its zod schema.
 */
import { appRouter } from '../../src/index.js';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  schema: unknown;
}

/** Procedures anyone may call. Everything else must demand a session: a new public one fails the suite until listed here. */
export const PUBLIC_PROCEDURES = new Set([
  'auth.register',
  'auth.login',
  'auth.requestPasswordReset',
  'auth.resetPassword',
]);

export function allProcedures(): ProcedureInfo[] {
  const record = (
    appRouter as unknown as {
      _def: { procedures: Record<string, { _def: { type: ProcedureInfo['type']; inputs: unknown[] } }> };
    }
  )._def.procedures;
  return Object.entries(record).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    schema: procedure._def.inputs[0],
  }));
}

interface ZodLike {
  _zod: { def: Record<string, any> & { type: string } };
}

/** Values a test wants for a field, by its name (ids of a victim, say); undefined lets the schema decide. */
export type FieldFiller = (key: string) => unknown[] | undefined;

/**
 * A base input with the first candidate for every field, plus one variant per further candidate of
 * any field, so e.g. every id of a victim is tried in an `id` field and every enum value in `type`.
 */
export function sampleInputs(schema: unknown, fill: FieldFiller): unknown[] {
  if (!schema) return [undefined];
  return candidates(schema as ZodLike, '', fill);
}

function candidates(schema: ZodLike, key: string, fill: FieldFiller): unknown[] {
  const filled = key ? fill(key) : undefined;
  if (filled && filled.length > 0) return filled;
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return candidates(def.innerType, key, fill);
    case 'pipe':
      return candidates(def.in, key, fill);
    case 'object': {
      const shape = def.shape as Record<string, ZodLike>;
      const perField = Object.entries(shape).map(
        ([field, fieldSchema]) => [field, candidates(fieldSchema, field, fill)] as const,
      );
      const base = Object.fromEntries(perField.map(([field, values]) => [field, values[0]]));
      const variants = perField.flatMap(([field, values]) =>
        values.slice(1).map((value) => ({ ...base, [field]: value })),
      );
      return [base, ...variants];
    }
    case 'string':
      if (def.format === 'uuid') return [crypto.randomUUID()];
      if (def.format === 'email') return ['someone@example.com'];
      if (def.format === 'url') return ['https://example.com/'];
      return [/url$/i.test(key) ? 'https://example.com/job' : 'Sample text'];
    case 'number':
    case 'int':
      return [1];
    case 'bigint':
      return [1n];
    case 'boolean':
      return [false];
    case 'date':
      return [new Date()];
    case 'enum':
      return Object.values(def.entries as Record<string, string>);
    case 'literal':
      return [(def.values as unknown[])[0]];
    case 'array':
      return [candidates(def.element, key, fill).slice(0, 1)];
    case 'union':
      return candidates((def.options as ZodLike[])[0]!, key, fill);
    default:
      return ['Sample text'];
  }
}
