import type { z } from 'zod';
import { input, LIMITS, moment, requiredText, uuid } from '../shared/fields.js';

export const addNoteSchema = input({ id: uuid(), note: requiredText(LIMITS.note), at: moment().optional() });
export type AddNoteInput = z.infer<typeof addNoteSchema>;
