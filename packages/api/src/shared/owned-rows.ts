/**
 * Rows a user owns, by id. Row-level security already hides other users' rows; the explicit owner
 * condition keeps each query honest on its own, and a missing id and another user's id look the
 * same to the caller: NOT_FOUND.
 */
import type {
  aiRuns,
  apiTokens,
  applicationEvents,
  applications,
  contacts,
  reminders,
  sessions,
  userResumes,
} from '@jobforge/db';
import { and, eq, type SQL, type UserTx } from '@jobforge/db';
import { notFound } from '../errors.js';

type OwnedTable =
  | typeof aiRuns
  | typeof applications
  | typeof apiTokens
  | typeof sessions
  | typeof contacts
  | typeof reminders
  | typeof userResumes
  | typeof applicationEvents;

/** The condition that picks the user's row `id` of `table`. */
export function ownedRow(table: OwnedTable, id: string, userId: string): SQL {
  return and(eq(table.id, id), eq(table.userId, userId))!;
}

/** Deletes the user's row `id` from `table`; NOT_FOUND (naming `what`) when there is none. */
export async function deleteOwned(db: UserTx, table: OwnedTable, id: string, userId: string, what: string) {
  const deleted = await db.delete(table).where(ownedRow(table, id, userId)).returning({ id: table.id });
  if (deleted.length === 0) throw notFound(what);
  return { id };
}

/** The fields of a partial update that were sent: left out stays as it is, null or "" clears. */
export function sentFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** What a partial update sets: the fields that were sent, and the time of the change. */
export function updateOf<T extends object>(fields: T): Partial<T> & { updatedAt: Date } {
  return { ...sentFields(fields), updatedAt: new Date() };
}
