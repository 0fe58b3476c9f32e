import { reminders } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { ownedApplicationKeys } from '../applications/find-owned.js';
import type { CreateReminderInput } from './create.schema.js';
import { reminderColumns } from './reminder-fields.js';

export async function createReminder({ ctx, input }: HandlerArgs<ProtectedContext, CreateReminderInput>) {
  const keys = await ownedApplicationKeys(ctx.db, ctx.user.id, input.applicationId);
  const [created] = await ctx.db
    .insert(reminders)
    .values({ ...keys, title: input.title, kind: input.kind ?? 'task', dueAt: input.dueAt })
    .returning(reminderColumns);
  return created!;
}
