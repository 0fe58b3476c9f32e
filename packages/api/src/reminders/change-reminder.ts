import { reminders, type UserTx } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import { notFound } from '../errors.js';
import { reminderColumns } from './reminder-fields.js';

/** Applies `changes` to one of the user's reminders; NOT_FOUND when it is not theirs or not there. */
export async function changeReminder(
  db: UserTx,
  userId: string,
  id: string,
  changes: Partial<typeof reminders.$inferInsert>,
) {
  const [updated] = await db
    .update(reminders)
    .set({ ...changes, updatedAt: new Date() })
    .where(ownedRow(reminders, id, userId))
    .returning(reminderColumns);
  if (!updated) throw notFound('Reminder');
  return updated;
}
