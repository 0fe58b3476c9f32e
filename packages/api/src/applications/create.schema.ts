import type { z } from 'zod';
import { input } from '@jobforge/domain';
import { applicationFields } from './application-fields.js';

export const createApplicationSchema = input({
  ...applicationFields,
  priorityLevel: applicationFields.priorityLevel.optional(),
});
export type CreateApplicationInput = z.infer<typeof createApplicationSchema>;
