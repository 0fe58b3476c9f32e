import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const resumeIdSchema = input({ id: uuid() });
export type ResumeIdInput = z.infer<typeof resumeIdSchema>;
