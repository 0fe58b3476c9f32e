import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { applicationFields } from './application-fields.js';

export const updateApplicationSchema = input({
  id: uuid(),
  companyName: applicationFields.companyName.optional(),
  roleTitle: applicationFields.roleTitle.optional(),
  jobDescription: applicationFields.jobDescription.optional(),
  jobUrl: applicationFields.jobUrl,
  location: applicationFields.location,
  priorityLevel: applicationFields.priorityLevel.optional(),
  additionalContext: applicationFields.additionalContext,
});
export type UpdateApplicationInput = z.infer<typeof updateApplicationSchema>;
