import { and, applications, asc, eq, gte, isNotNull, isNull, lt, reminders, sql, type SQL } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { startOfTomorrow } from './due-window.js';
import { REMINDERS_DEFAULT_LIMIT, type ListRemindersInput } from './list.schema.js';
import { reminderColumns } from './reminder-fields.js';

/** Open reminders by due date (soonest first), each with its application's company and role. */
export async function listReminders({ ctx, input }: HandlerArgs<ProtectedContext, ListRemindersInput>) {
  const { db, user } = ctx;
  const options = input ?? {};
  if (options.applicationId) await requireOwnedApplication(db, user.id, options.applicationId);
  const now = new Date();
  const tomorrow = startOfTomorrow(now, options.timeZone ?? 'UTC');
  const conditions: SQL[] = [eq(reminders.userId, user.id)];
  if (options.applicationId) conditions.push(eq(reminders.applicationId, options.applicationId));
  if (options.due || !options.includeCompleted) conditions.push(isNull(reminders.completedAt));
  if (options.due === 'overdue') conditions.push(lt(reminders.dueAt, now));
  if (options.due === 'today') conditions.push(gte(reminders.dueAt, now), lt(reminders.dueAt, tomorrow));
  if (options.due === 'upcoming') conditions.push(gte(reminders.dueAt, tomorrow));
  const rows = await db
    .select({
      ...reminderColumns,
      application: {
        companyName: applications.companyName,
        roleTitle: applications.roleTitle,
        stage: applications.stage,
      },
    })
    .from(reminders)
    .innerJoin(applications, eq(applications.id, reminders.applicationId))
    .where(and(...conditions))
    .orderBy(asc(sql`${isNotNull(reminders.completedAt)}`), asc(reminders.dueAt), asc(reminders.id))
    .limit(options.limit ?? REMINDERS_DEFAULT_LIMIT);
  return rows.map((row) => ({
    ...row,
    overdue: row.completedAt === null && row.dueAt < now,
    dueToday: row.completedAt === null && row.dueAt >= now && row.dueAt < tomorrow,
  }));
}
