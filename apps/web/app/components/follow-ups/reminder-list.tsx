/**
 * Reminders as a checklist: tick one off (at once, undone with a message if the server refuses),
 * or delete it. Used on the dashboard (with each reminder's application) and on an application.
 */
import { ActionIcon, Anchor, Badge, Checkbox, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Link, useRevalidator } from '@remix-run/react';
import { useState } from 'react';
import { REMINDER_KIND_LABEL, type ReminderKind } from '@jobforge/domain';
import { dueLabel, formatWhen } from '~/lib/time';
import { trpc } from '~/lib/trpc';
import classes from './follow-ups.module.css';

export interface ReminderRow {
  id: string;
  applicationId: string;
  title: string;
  kind: ReminderKind;
  dueAt: string | Date;
  completedAt: string | Date | null;
  suggested: boolean;
  application?: { companyName: string; roleTitle: string };
}

export function ReminderList({
  reminders,
  timeZone,
  now,
  showApplication = false,
  label,
}: {
  reminders: ReminderRow[];
  timeZone: string;
  now: number;
  showApplication?: boolean;
  label: string;
}) {
  const revalidator = useRevalidator();
  const [done, setDone] = useState<Record<string, boolean>>({});
  const update = trpc.reminders.update.useMutation();
  const remove = trpc.reminders.delete.useMutation({
    onSuccess: () => revalidator.revalidate(),
    onError: (error) => notifications.show({ color: 'red', title: 'Reminder not deleted', message: error.message }),
  });

  const toggle = (reminder: ReminderRow, completed: boolean) => {
    setDone((current) => ({ ...current, [reminder.id]: completed }));
    update.mutate(
      { id: reminder.id, completed },
      {
        onSuccess: () => revalidator.revalidate(),
        onError: (error) => {
          setDone((current) => ({ ...current, [reminder.id]: !completed }));
          notifications.show({ color: 'red', title: 'Reminder not changed', message: error.message });
        },
      },
    );
  };

  return (
    <ul className={classes.list} aria-label={label}>
      {reminders.map((reminder) => {
        const completed = done[reminder.id] ?? Boolean(reminder.completedAt);
        const overdue = !completed && new Date(reminder.dueAt).getTime() < now;
        return (
          <li key={reminder.id} className={classes.item} data-completed={completed || undefined}>
            <Checkbox
              checked={completed}
              onChange={(event) => toggle(reminder, event.currentTarget.checked)}
              aria-label={`Done: ${reminder.title}`}
              mt={2}
            />
            <div className={classes.body}>
              <Group gap={6} wrap="wrap">
                <Text fw={600} size="sm" td={completed ? 'line-through' : undefined}>
                  {reminder.title}
                </Text>
                {reminder.kind !== 'task' ? (
                  <Badge size="xs" variant="light" color={reminder.kind === 'interview' ? 'violet' : 'blue'}>
                    {REMINDER_KIND_LABEL[reminder.kind]}
                  </Badge>
                ) : null}
                {reminder.suggested ? (
                  <Badge size="xs" variant="outline" color="gray" title="Suggested by Job Forge a week after applying">
                    Suggested
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c={overdue ? 'red' : 'dimmed'} suppressHydrationWarning>
                {formatWhen(reminder.dueAt, timeZone)} · {completed ? 'done' : dueLabel(reminder.dueAt, timeZone, now)}
              </Text>
              {showApplication && reminder.application ? (
                <Anchor component={Link} to={`/applications/${reminder.applicationId}`} size="xs">
                  {reminder.application.companyName} · {reminder.application.roleTitle}
                </Anchor>
              ) : null}
            </div>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Delete reminder: ${reminder.title}`}
              onClick={() => remove.mutate({ id: reminder.id })}
              loading={remove.isPending && remove.variables?.id === reminder.id}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </li>
        );
      })}
    </ul>
  );
}
