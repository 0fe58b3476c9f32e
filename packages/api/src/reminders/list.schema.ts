import { z } from 'zod';
import { atMost, input, uuid } from '@jobforge/domain';
import { pageLimit } from '../shared/page-limit.js';
import { isTimeZone } from './due-window.js';

export const REMINDER_WINDOWS = ['overdue', 'today', 'upcoming'] as const;
export const REMINDERS_DEFAULT_LIMIT = 100;
export const REMINDERS_MAX_LIMIT = 500;

export const listRemindersSchema = input({
  applicationId: uuid().optional(),
  /** overdue: due before now; today: from now to the end of the day; upcoming: after today. Open ones only. */
  due: z.enum(REMINDER_WINDOWS, { error: `must be one of: ${REMINDER_WINDOWS.join(', ')}` }).optional(),
  /** Whose "today": an IANA time zone such as Europe/Berlin (default UTC). */
  timeZone: z
    .string({ error: 'must be text' })
    .max(64, atMost(64))
    .refine(isTimeZone, 'must be a time zone such as Europe/Berlin or UTC')
    .optional(),
  /** Completed reminders too (they come after the open ones). Ignored when `due` is given. */
  includeCompleted: z.boolean({ error: 'must be true or false' }).optional(),
  limit: pageLimit(REMINDERS_MAX_LIMIT),
}).optional();
export type ListRemindersInput = z.infer<typeof listRemindersSchema>;
