/**
 * The suggested follow-up: FOLLOW_UP_AFTER_DAYS after applying, while the application is still in
 * `applied`, a reminder to follow up. It is a suggestion the app made, so it is withdrawn (deleted,
 * if still open) when the application moves on, and it follows the applied date when that is edited.
 * A follow-up the user set themselves is never touched.
 */
import { and, eq, isNull, reminders, type UserTx } from '@jobforge/db';
import { FOLLOW_UP_AFTER_DAYS } from '../applications/stage-rules.js';

const DAY_MS = 86_400_000;

export function followUpDue(appliedAt: Date): Date {
  return new Date(appliedAt.getTime() + FOLLOW_UP_AFTER_DAYS * DAY_MS);
}

const openFollowUps = (applicationId: string) =>
  and(eq(reminders.applicationId, applicationId), eq(reminders.kind, 'follow_up'), isNull(reminders.completedAt));

export async function suggestFollowUp(
  db: UserTx,
  userId: string,
  application: { id: string; companyName: string },
  appliedAt: Date,
) {
  const [existing] = await db
    .select({ id: reminders.id })
    .from(reminders)
    .where(openFollowUps(application.id))
    .limit(1);
  if (existing) return;
  await db.insert(reminders).values({
    userId,
    applicationId: application.id,
    title: `Follow up with ${application.companyName}`.slice(0, 255),
    kind: 'follow_up',
    dueAt: followUpDue(appliedAt),
    suggested: true,
  });
}

export async function withdrawFollowUpSuggestion(db: UserTx, applicationId: string) {
  await db.delete(reminders).where(and(openFollowUps(applicationId), eq(reminders.suggested, true)));
}

export async function moveFollowUpSuggestion(db: UserTx, applicationId: string, appliedAt: Date) {
  await db
    .update(reminders)
    .set({ dueAt: followUpDue(appliedAt), updatedAt: new Date() })
    .where(and(openFollowUps(applicationId), eq(reminders.suggested, true)));
}
