import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const resumeIdSchema = input({ id: uuid() });
export type ResumeIdInput = z.infer<typeof resumeIdSchema>;
