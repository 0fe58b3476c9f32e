/**
 * Reads a person of the truthfulness suite from its YAML file and checks it against the types in
 * types.ts, so that a typo in a fixture fails at load time with the file and the field named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Person } from './types.js';

const plantedLie = z.strictObject({
  id: z.string().min(1),
  style: z.enum(['blatant', 'realistic']),
  kind: z.enum([
    'title',
    'credential',
    'degree',
    'number',
    'skill',
    'employer',
    'experience',
    'company',
    'evidence',
    'gaps',
  ]),
  marker: z.string().min(1),
});

const resumeLie = plantedLie.extend({
  edit: z.union([
    z.strictObject({ replace: z.string().min(1), with: z.string() }),
    z.strictObject({ after: z.string().min(1), insert: z.string().min(1) }),
  ]),
});

const letterLie = plantedLie.extend({ sentence: z.string().min(1) });

const personSchema = z.strictObject({
  key: z.string().min(1),
  field: z.string().min(1),
  fullName: z.string().min(1),
  library: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        name: z.string().min(1),
        content: z.string().min(1),
        focusArea: z.string().nullable().optional(),
        isPrimary: z.boolean().optional(),
        isWritingSample: z.boolean().optional(),
      }),
    )
    .min(1),
  application: z.strictObject({
    companyName: z.string().min(1),
    roleTitle: z.string().min(1),
    jobDescription: z.string().min(1),
    jobUrl: z.string().nullable().optional(),
    location: z.string().nullable().optional(),
    additionalContext: z.string().nullable().optional(),
  }),
  userContext: z.string().nullable(),
  resumeLies: z.array(resumeLie),
  letterTruths: z.array(z.string().min(1)),
  letterLies: z.array(letterLie),
  research: z.strictObject({
    companyPoints: z.array(letterLie),
    fakeEvidence: z.array(plantedLie.extend({ point: z.string().min(1) })),
    noGaps: plantedLie.extend({ summary: z.string().min(1) }),
    expectedGaps: z.array(z.string().min(1)),
  }),
});

// The schema and types.ts describe the same thing: each side must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SchemaMatchesPerson = Same<z.infer<typeof personSchema>, Person> extends true ? true : never;
const schemaMatchesPerson: SchemaMatchesPerson = true;
void schemaMatchesPerson;

/** Loads one person, e.g. `loadPerson(new URL('./icu-nurse.yaml', import.meta.url))`; throws naming the file and field. */
export function loadPerson(file: URL): Person {
  const filePath = fileURLToPath(file);
  let data: unknown;
  try {
    data = parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const result = personSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${filePath} is not a valid person:\n${problems.join('\n')}`);
  }
  const expectedKey = path.basename(filePath, '.yaml');
  if (result.data.key !== expectedKey) {
    throw new Error(`${filePath}: key is '${result.data.key}', expected '${expectedKey}' (the file name)`);
  }
  return result.data;
}
