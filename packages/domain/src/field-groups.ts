/**
 * The fields of each thing a person edits, as the API validates them and the forms check them
 * before sending. Procedure schemas (packages/api) and form schemas (apps/web) compose these.
 */
import { z } from 'zod';
import { DOCUMENT_TYPES, PRIORITY_LEVELS } from './enums.js';
import { atMost, body, email, httpUrl, oneOf, optionalText, requiredText, uuid } from './fields.js';
import { LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits.js';

export const applicationFields = {
  companyName: requiredText(LIMITS.name),
  roleTitle: requiredText(LIMITS.name),
  jobDescription: requiredText(LIMITS.jobDescription),
  jobUrl: httpUrl(),
  location: optionalText(LIMITS.name),
  priorityLevel: oneOf(PRIORITY_LEVELS),
  additionalContext: optionalText(LIMITS.additionalContext),
};

export const resumeFields = {
  name: requiredText(LIMITS.name),
  content: body(LIMITS.content).refine((text) => text.trim().length > 0, 'is required'),
  focusArea: optionalText(LIMITS.focusArea),
  isWritingSample: z.boolean({ error: 'must be true or false' }),
};

/** Why a new password's length is not acceptable, or null; counted in characters, not bytes. */
export function passwordLengthProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

const newPassword = () =>
  z
    .string({ error: 'must be text' })
    // Characters can take two UTF-16 units; anything longer than this is too long in any case.
    .max(PASSWORD_MAX_LENGTH * 2, atMost(PASSWORD_MAX_LENGTH))
    .superRefine((password, ctx) => {
      const problem = passwordLengthProblem(password);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const signUpFields = { email: email(), password: newPassword(), fullName: requiredText(LIMITS.name) };

export const signInFields = {
  email: email(),
  password: z
    .string({ error: 'must be text' })
    .min(1, 'is required')
    .max(PASSWORD_MAX_LENGTH, atMost(PASSWORD_MAX_LENGTH)),
};

/** The version the editor started from; a save against an older one is refused instead of overwriting. */
export const baseVersion = () =>
  z.number({ error: 'must be a version number' }).int('must be a whole number').min(0, 'must be 0 or more').optional();

export const documentFields = {
  applicationId: uuid(),
  type: oneOf(DOCUMENT_TYPES),
  content: body(LIMITS.content),
  baseVersion: baseVersion(),
};
