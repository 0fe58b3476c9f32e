import { z } from 'zod';
import { input } from '@jobforge/domain';
import { resumeFields } from './resume-fields.js';

export const createResumeSchema = input({
  ...resumeFields,
  isWritingSample: resumeFields.isWritingSample.optional(),
  /** Omitted: the first resume becomes primary, later ones do not. */
  isPrimary: z.boolean({ error: 'must be true or false' }).optional(),
});
export type CreateResumeInput = z.infer<typeof createResumeSchema>;
