import { TRPCError } from '@trpc/server';
import { applicationEvents, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import type { EventIdInput } from './delete-note.schema.js';
import { findOwnedEvent } from './timeline-event.js';

/** Stage changes stay on the timeline; only notes can be deleted. */
export async function deleteNote({ ctx, input }: HandlerArgs<ProtectedContext, EventIdInput>) {
  const event = await findOwnedEvent(ctx.db, ctx.user.id, input.eventId);
  if (event.kind !== 'note') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'Stage changes stay on the timeline. Move the application to another stage, or correct when it happened.',
    });
  }
  await ctx.db.delete(applicationEvents).where(eq(applicationEvents.id, event.id));
  return { id: event.id };
}
