import { and, eq, reminders } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ReminderIdInput } from './by-id.schema.js';

export async function deleteReminder({ ctx, input }: HandlerArgs<ProtectedContext, ReminderIdInput>) {
  const deleted = await ctx.db
    .delete(reminders)
    .where(and(eq(reminders.id, input.id), eq(reminders.userId, ctx.user.id)))
    .returning({ id: reminders.id });
  if (deleted.length === 0) throw notFound('Reminder');
  return { id: input.id };
}
