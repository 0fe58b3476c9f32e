import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const reminderIdSchema = input({ id: uuid() });
export type ReminderIdInput = z.infer<typeof reminderIdSchema>;
