import { reminders } from '@jobforge/db';
import { LIMITS, moment, oneOf, REMINDER_KINDS, requiredText } from '@jobforge/domain';

export const reminderFields = {
  title: requiredText(LIMITS.name),
  dueAt: moment(),
  kind: oneOf(REMINDER_KINDS),
};

export const reminderColumns = {
  id: reminders.id,
  applicationId: reminders.applicationId,
  title: reminders.title,
  kind: reminders.kind,
  dueAt: reminders.dueAt,
  completedAt: reminders.completedAt,
  suggested: reminders.suggested,
  createdAt: reminders.createdAt,
};
