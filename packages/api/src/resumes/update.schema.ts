import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { resumeFields } from './resume-fields.js';

export const updateResumeSchema = input({
  id: uuid(),
  name: resumeFields.name.optional(),
  content: resumeFields.content.optional(),
  focusArea: resumeFields.focusArea,
  isWritingSample: resumeFields.isWritingSample.optional(),
});
export type UpdateResumeInput = z.infer<typeof updateResumeSchema>;
