import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { applicationStatus } from './application-fields.js';

export const updateStatusSchema = input({ id: uuid(), status: applicationStatus() });
export type UpdateStatusInput = z.infer<typeof updateStatusSchema>;
