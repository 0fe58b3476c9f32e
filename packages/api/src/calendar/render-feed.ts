/**
 * The calendar itself (iCalendar, RFC 5545, by ical-generator): the user's reminders from 90 days
 * back to two years ahead, interviews as one-hour events with an alarm an hour before, other
 * reminders as 15-minute events. An address is a credential that may end up in a calendar app's
 * cloud, so the feed carries no more than the reminder, the company and the role: no notes,
 * contacts or documents.
 */
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import { findCalendarFeedOwner } from '@jobforge/auth';
import { and, applications, asc, eq, gte, lt, reminders, withUser } from '@jobforge/db';
import type { ApiServices } from '../context.js';
import { STAGE_LABEL } from '@jobforge/domain';
import { reminderColumns } from '../reminders/reminder-fields.js';

const DAY_MS = 86_400_000;
const MAX_EVENTS = 1_000;

export interface FeedReminder {
  id: string;
  applicationId: string;
  title: string;
  kind: 'task' | 'follow_up' | 'interview';
  dueAt: Date;
  completedAt: Date | null;
  updatedAt: Date;
  companyName: string;
  roleTitle: string;
  stage: keyof typeof STAGE_LABEL;
}

export function renderFeed(items: FeedReminder[], appOrigin: string): string {
  const calendar = ical({
    name: 'Job Forge reminders',
    description: 'Follow-ups, interviews and tasks of your job search',
    prodId: { company: 'Job Forge', product: 'reminders', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const item of items) {
    const interview = item.kind === 'interview';
    calendar.createEvent({
      id: `${item.id}@jobforge`,
      start: item.dueAt,
      end: new Date(item.dueAt.getTime() + (interview ? 60 : 15) * 60_000),
      stamp: item.updatedAt,
      summary: `${item.completedAt ? '✓ ' : ''}${item.title} · ${item.companyName}`,
      description: `${item.roleTitle} at ${item.companyName} (${STAGE_LABEL[item.stage]})`,
      url: `${appOrigin}/applications/${item.applicationId}`,
      status: item.completedAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(interview && !item.completedAt
        ? { alarms: [{ type: ICalAlarmType.display, triggerBefore: 60 * 60, description: item.title }] }
        : {}),
    });
  }
  return calendar.toString();
}

/** The feed for a token, or null when the token opens nothing (the caller answers 404 either way). */
export async function calendarFeedFor(services: ApiServices, token: string, appOrigin: string): Promise<string | null> {
  const userId = await findCalendarFeedOwner(services.adminDatabase, token);
  if (!userId) return null;
  const now = Date.now();
  const items = await withUser(services.database, userId, (db) =>
    db
      .select({
        ...reminderColumns,
        updatedAt: reminders.updatedAt,
        companyName: applications.companyName,
        roleTitle: applications.roleTitle,
        stage: applications.stage,
      })
      .from(reminders)
      .innerJoin(applications, eq(applications.id, reminders.applicationId))
      .where(
        and(
          eq(reminders.userId, userId),
          gte(reminders.dueAt, new Date(now - 90 * DAY_MS)),
          lt(reminders.dueAt, new Date(now + 730 * DAY_MS)),
        ),
      )
      .orderBy(asc(reminders.dueAt))
      .limit(MAX_EVENTS),
  );
  return renderFeed(items, appOrigin);
}
