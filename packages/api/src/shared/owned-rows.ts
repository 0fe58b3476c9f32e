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

/**
 * A partial update of the user's row `input.id` of `table`: what it sets (the other fields that were
 * sent, and the time of the change) and the condition that picks the row.
 */
export function ownedUpdate<T extends { id: string }>(table: OwnedTable, input: T, userId: string) {
  const { id, ...fields } = input;
  return { patch: { ...sentFields(fields), updatedAt: new Date() }, where: ownedRow(table, id, userId) };
}

/** The row a query for one of the user's rows returned; NOT_FOUND (naming `what`) when there is none. */
export async function foundRow<T>(rows: PromiseLike<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw notFound(what);
  return row;
}
