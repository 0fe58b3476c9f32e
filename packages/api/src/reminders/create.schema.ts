import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { reminderFields } from './reminder-fields.js';

export const createReminderSchema = input({
  applicationId: uuid(),
  dueAt: reminderFields.dueAt,
  title: reminderFields.title,
  /** task (default), follow_up, or interview (interviews show as one-hour events in the calendar feed). */
  kind: reminderFields.kind.optional(),
});
export type CreateReminderInput = z.infer<typeof createReminderSchema>;
