import type { z } from 'zod';
import { input, LIMITS, moment, requiredText, uuid } from '@jobforge/domain';

export const addNoteSchema = input({ id: uuid(), note: requiredText(LIMITS.note), at: moment().optional() });
export type AddNoteInput = z.infer<typeof addNoteSchema>;
