/**
 * Changes to a reminder. A suggested follow-up the user edits becomes theirs: the app no longer moves
 * or withdraws it.
 */
import type { reminders } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { changeReminder } from './change-reminder.js';
import type { UpdateReminderInput } from './update.schema.js';

export async function updateReminder({ ctx, input }: HandlerArgs<ProtectedContext, UpdateReminderInput>) {
  const { id, completed, ...fields } = input;
  const changes: Partial<typeof reminders.$inferInsert> = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(changes).length > 0) changes.suggested = false;
  if (completed !== undefined) changes.completedAt = completed ? new Date() : null;
  return changeReminder(ctx.db, ctx.user.id, id, changes);
}
