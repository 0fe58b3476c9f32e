import { reminders } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { deleteOwned } from '../shared/owned-rows.js';
import type { ReminderIdInput } from './by-id.schema.js';

export function deleteReminder({ ctx, input }: HandlerArgs<ProtectedContext, ReminderIdInput>) {
  return deleteOwned(ctx.db, reminders, input.id, ctx.user.id, 'Reminder');
}
