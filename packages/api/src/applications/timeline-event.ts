/** Reading and checking the timeline's own entries (stage changes and notes). */
import { applicationEvents, type UserTx } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import { fieldError, notFound } from '../errors.js';

/** Clocks differ a little between a browser and the server; a minute ahead is still "now". */
export const FUTURE_SLACK_MS = 60_000;

export function notInFuture(at: Date) {
  if (at.getTime() > Date.now() + FUTURE_SLACK_MS) throw fieldError('at', 'must not be in the future');
}

export const eventColumns = {
  id: applicationEvents.id,
  applicationId: applicationEvents.applicationId,
  kind: applicationEvents.kind,
  toStage: applicationEvents.toStage,
  occurredAt: applicationEvents.occurredAt,
  note: applicationEvents.note,
  details: applicationEvents.details,
  createdAt: applicationEvents.createdAt,
};

export async function findOwnedEvent(db: UserTx, userId: string, eventId: string) {
  const [event] = await db
    .select(eventColumns)
    .from(applicationEvents)
    .where(ownedRow(applicationEvents, eventId, userId))
    .for('update');
  if (!event) throw notFound('Timeline entry');
  return event;
}
