import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const runsSchema = input({ applicationId: uuid() });
export type RunsInput = z.infer<typeof runsSchema>;

export const runIdSchema = input({ runId: uuid() });
export type RunIdInput = z.infer<typeof runIdSchema>;
