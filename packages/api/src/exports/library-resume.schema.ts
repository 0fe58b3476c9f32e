import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const libraryResumeSourceSchema = input({ resumeId: uuid() });
export type LibraryResumeSourceInput = z.infer<typeof libraryResumeSourceSchema>;
