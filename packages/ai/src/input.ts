/** Checks the plain inputs once, naming the field that is wrong. */
import { AiError } from './errors.js';
import type { ApplicationInput, LibraryResume } from './types.js';

const MAX_JOB_DESCRIPTION = 60_000;
const MAX_RESUME = 60_000;
const MAX_CONTEXT = 10_000;

export function validateInput(input: {
  application: ApplicationInput;
  library: LibraryResume[];
  userContext?: string | null;
}): void {
  const fail = (field: string, message: string) => {
    throw new AiError('invalid_input', `${field}: ${message}`);
  };
  const app = input.application;
  if (!app || typeof app !== 'object') fail('application', 'is required');
  for (const field of ['companyName', 'roleTitle', 'jobDescription'] as const) {
    if (typeof app[field] !== 'string' || !app[field].trim()) fail(`application.${field}`, 'is required');
  }
  if (app.jobDescription.length > MAX_JOB_DESCRIPTION)
    fail('application.jobDescription', `is longer than ${MAX_JOB_DESCRIPTION} characters`);
  if (!Array.isArray(input.library)) fail('library', 'must be a list of resumes');
  input.library.forEach((entry, index) => {
    if (!entry || typeof entry.id !== 'string' || !entry.id) fail(`library[${index}].id`, 'is required');
    if (typeof entry.content !== 'string') fail(`library[${index}].content`, 'must be text');
    if (entry.content.length > MAX_RESUME) fail(`library[${index}].content`, `is longer than ${MAX_RESUME} characters`);
  });
  if (input.userContext && input.userContext.length > MAX_CONTEXT)
    fail('userContext', `is longer than ${MAX_CONTEXT} characters`);
}
