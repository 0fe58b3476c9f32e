import { reminders } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import type { CreateReminderInput } from './create.schema.js';
import { reminderColumns } from './reminder-fields.js';

export async function createReminder({ ctx, input }: HandlerArgs<ProtectedContext, CreateReminderInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const [created] = await ctx.db
    .insert(reminders)
    .values({
      userId: ctx.user.id,
      applicationId: input.applicationId,
      title: input.title,
      kind: input.kind ?? 'task',
      dueAt: input.dueAt,
    })
    .returning(reminderColumns);
  return created!;
}
