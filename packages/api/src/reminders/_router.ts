import { protectedProcedure, router } from '../trpc.js';
import { reminderIdSchema } from './by-id.schema.js';
import { completeReminder } from './complete.handler.js';
import { createReminder } from './create.handler.js';
import { createReminderSchema } from './create.schema.js';
import { deleteReminder } from './delete.handler.js';
import { listReminders } from './list.handler.js';
import { listRemindersSchema } from './list.schema.js';
import { updateReminder } from './update.handler.js';
import { updateReminderSchema } from './update.schema.js';

export const remindersRouter = router({
  list: protectedProcedure.input(listRemindersSchema).query(listReminders),
  create: protectedProcedure.input(createReminderSchema).mutation(createReminder),
  update: protectedProcedure.input(updateReminderSchema).mutation(updateReminder),
  complete: protectedProcedure.input(reminderIdSchema).mutation(completeReminder),
  delete: protectedProcedure.input(reminderIdSchema).mutation(deleteReminder),
});
