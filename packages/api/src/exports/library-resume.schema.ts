import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const libraryResumeSourceSchema = input({ resumeId: uuid() });
export type LibraryResumeSourceInput = z.infer<typeof libraryResumeSourceSchema>;
