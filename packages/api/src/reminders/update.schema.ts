import { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { reminderFields } from './reminder-fields.js';

/** Reschedule, rename, or reopen (`completed: false`) a reminder. */
export const updateReminderSchema = input({
  id: uuid(),
  title: reminderFields.title.optional(),
  dueAt: reminderFields.dueAt.optional(),
  kind: reminderFields.kind.optional(),
  completed: z.boolean({ error: 'must be true or false' }).optional(),
});
export type UpdateReminderInput = z.infer<typeof updateReminderSchema>;
