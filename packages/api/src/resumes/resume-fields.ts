import { z } from 'zod';
import { userResumes } from '@jobforge/db';
import { body, LIMITS, optionalText, requiredText } from '../shared/fields.js';

export const resumeFields = {
  name: requiredText(LIMITS.name),
  content: body(LIMITS.content).refine((text) => text.trim().length > 0, 'is required'),
  focusArea: optionalText(LIMITS.focusArea),
  isWritingSample: z.boolean({ error: 'must be true or false' }),
};

export const resumeColumns = {
  id: userResumes.id,
  name: userResumes.name,
  content: userResumes.content,
  focusArea: userResumes.focusArea,
  isPrimary: userResumes.isPrimary,
  isWritingSample: userResumes.isWritingSample,
  createdAt: userResumes.createdAt,
  updatedAt: userResumes.updatedAt,
};
