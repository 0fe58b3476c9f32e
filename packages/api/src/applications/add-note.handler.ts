import { applicationEvents } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import type { AddNoteInput } from './add-note.schema.js';
import { requireOwnedApplication } from './find-owned.js';
import { notInFuture } from './timeline-event.js';

export async function addNote({ ctx, input }: HandlerArgs<ProtectedContext, AddNoteInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.id);
  const at = input.at ?? new Date();
  notInFuture(at);
  const [event] = await ctx.db
    .insert(applicationEvents)
    .values({ userId: ctx.user.id, applicationId: input.id, kind: 'note', note: input.note, occurredAt: at })
    .returning({ id: applicationEvents.id, at: applicationEvents.occurredAt, note: applicationEvents.note });
  return event!;
}
