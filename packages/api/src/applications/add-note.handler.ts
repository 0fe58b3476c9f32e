import { applicationEvents } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import type { AddNoteInput } from './add-note.schema.js';
import { ownedApplicationKeys } from './find-owned.js';
import { notInFuture } from './timeline-event.js';

export async function addNote({ ctx, input }: HandlerArgs<ProtectedContext, AddNoteInput>) {
  const keys = await ownedApplicationKeys(ctx.db, ctx.user.id, input.id);
  const at = input.at ?? new Date();
  notInFuture(at);
  const [event] = await ctx.db
    .insert(applicationEvents)
    .values({ ...keys, kind: 'note', note: input.note, occurredAt: at })
    .returning({ id: applicationEvents.id, at: applicationEvents.occurredAt, note: applicationEvents.note });
  return event!;
}
