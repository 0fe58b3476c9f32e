import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const reminderIdSchema = input({ id: uuid() });
export type ReminderIdInput = z.infer<typeof reminderIdSchema>;
