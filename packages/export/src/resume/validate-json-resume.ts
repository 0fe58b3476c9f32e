/**
 * Validation against the published JSON Resume schema (the `@jsonresume/schema` package's
 * schema.json, draft-07), compiled once with Ajv.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS with a default export; both module systems must see the function.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
  addFormatsPlugin) as typeof addFormatsPlugin;

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = require('@jsonresume/schema/schema.json') as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export interface JsonResumeValidation {
  valid: boolean;
  /** "work[0].startDate: must match pattern …", at most 20. */
  errors: string[];
}

export function validateJsonResume(value: unknown): JsonResumeValidation {
  const validate = validator();
  const valid = validate(value) as boolean;
  return { valid, errors: valid ? [] : (validate.errors ?? []).slice(0, 20).map(describe) };
}

function describe(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
  return `${path || 'resume'}: ${error.message ?? 'is not valid'}`;
}
