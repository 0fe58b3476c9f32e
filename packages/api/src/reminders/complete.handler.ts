import { and, eq, reminders } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import { changeReminder } from './change-reminder.js';
import type { ReminderIdInput } from './by-id.schema.js';

/** Completing twice keeps the first completion time. */
export async function completeReminder({ ctx, input }: HandlerArgs<ProtectedContext, ReminderIdInput>) {
  const [reminder] = await ctx.db
    .select({ completedAt: reminders.completedAt })
    .from(reminders)
    .where(and(eq(reminders.id, input.id), eq(reminders.userId, ctx.user.id)))
    .for('update');
  if (!reminder) throw notFound('Reminder');
  return changeReminder(ctx.db, ctx.user.id, input.id, { completedAt: reminder.completedAt ?? new Date() });
}
