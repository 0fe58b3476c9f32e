/**
 * Corrections to the timeline: a note's text, or when something happened. A stage change's "when" may
 * move only between its neighbours, so the order of stage changes never contradicts the current stage;
 * moving the change that sent the application moves appliedAt (and its suggested follow-up) with it.
 */
import { and, applicationEvents, applications, asc, eq, sentDocuments, type UserTx } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { fieldError } from '../errors.js';
import { moveFollowUpSuggestion } from '../reminders/follow-up.js';
import { findOwnedEvent, notInFuture } from './timeline-event.js';
import type { UpdateEventInput } from './update-event.schema.js';

/** The stage changes around `event`, by when they happened (and, for equal times, by when recorded). */
async function neighbours(db: UserTx, event: { id: string; applicationId: string }) {
  const changes = await db
    .select({ id: applicationEvents.id, occurredAt: applicationEvents.occurredAt })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, event.applicationId), eq(applicationEvents.kind, 'stage')))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.createdAt));
  const index = changes.findIndex((change) => change.id === event.id);
  return { previous: changes[index - 1] ?? null, next: changes[index + 1] ?? null };
}

export async function updateEvent({ ctx, input }: HandlerArgs<ProtectedContext, UpdateEventInput>) {
  const { db, user } = ctx;
  const event = await findOwnedEvent(db, user.id, input.eventId);
  const changes: { occurredAt?: Date; note?: string | null } = {};
  if (input.note !== undefined) {
    if (event.kind === 'note' && !input.note) throw fieldError('note', 'is required');
    changes.note = input.note;
  }
  if (input.at && input.at.getTime() !== event.occurredAt.getTime()) {
    notInFuture(input.at);
    if (event.kind === 'stage') await moveStageChange(db, event, input.at);
    changes.occurredAt = input.at;
  }
  if (Object.keys(changes).length === 0) return { id: event.id, at: event.occurredAt, note: event.note };
  const [updated] = await db
    .update(applicationEvents)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(applicationEvents.id, event.id))
    .returning({ id: applicationEvents.id, at: applicationEvents.occurredAt, note: applicationEvents.note });
  return updated!;
}

async function moveStageChange(db: UserTx, event: Awaited<ReturnType<typeof findOwnedEvent>>, at: Date) {
  const { previous, next } = await neighbours(db, event);
  if (previous && at < previous.occurredAt) {
    throw fieldError('at', `must not be before the stage change before it (${previous.occurredAt.toISOString()})`);
  }
  if (next && at > next.occurredAt) {
    throw fieldError('at', `must not be after the stage change after it (${next.occurredAt.toISOString()})`);
  }
  const [application] = await db
    .select({ stage: applications.stage, appliedAt: applications.appliedAt })
    .from(applications)
    .where(eq(applications.id, event.applicationId))
    .for('update');
  const changes: { stageChangedAt?: Date; appliedAt?: Date } = {};
  if (!next) changes.stageChangedAt = at;
  const sentByThis = Boolean((event.details as { sent?: unknown } | null)?.sent);
  if (sentByThis && application?.appliedAt?.getTime() === event.occurredAt.getTime()) {
    changes.appliedAt = at;
    await db.update(sentDocuments).set({ sentAt: at }).where(eq(sentDocuments.applicationId, event.applicationId));
    if (application.stage === 'applied') await moveFollowUpSuggestion(db, event.applicationId, at);
  }
  if (Object.keys(changes).length > 0) {
    await db
      .update(applications)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(applications.id, event.applicationId));
  }
}
