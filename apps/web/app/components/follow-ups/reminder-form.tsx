import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellPlus } from '@tabler/icons-react';
import { useRevalidator } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import { LIMITS, REMINDER_KINDS, REMINDER_KIND_LABEL, type ReminderKind } from '@jobforge/domain';
import { fromLocalInput, toLocalInput } from '~/lib/time';
import { trpc } from '~/lib/trpc';
import { WhenInput } from '~/components/when-note-fields';
import { fieldErrorsOf } from './client-errors';

/** Tomorrow at 09:00 in the user's zone: the usual time to chase something up. */
function tomorrowMorning(timeZone: string, now: number): string {
  return `${toLocalInput(new Date(now + 86_400_000), timeZone).slice(0, 10)}T09:00`;
}

export function ReminderForm({
  applicationId,
  timeZone,
  now,
}: {
  applicationId: string;
  timeZone: string;
  now: number;
}) {
  const revalidator = useRevalidator();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ReminderKind>('task');
  const [due, setDue] = useState(() => tomorrowMorning(timeZone, now));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = trpc.reminders.create.useMutation({
    onSuccess: (created) => {
      setTitle('');
      setErrors({});
      notifications.show({ color: 'teal', message: `Reminder added: ${created.title}` });
      revalidator.revalidate();
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        notifications.show({ color: 'red', title: 'Reminder not added', message: error.message });
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dueAt = fromLocalInput(due, timeZone);
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = 'Required';
    if (!dueAt) problems.dueAt = 'Choose a date and time';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !dueAt) return;
    create.mutate({ applicationId, title, kind, dueAt });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a reminder">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="Reminder"
          placeholder="Send the portfolio link"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
          maxLength={LIMITS.name}
          style={{ flex: '1 1 220px' }}
        />
        <NativeSelect
          label="Kind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as ReminderKind)}
          data={REMINDER_KINDS.map((value) => ({ value, label: REMINDER_KIND_LABEL[value] }))}
          w={140}
        />
        <WhenInput label="Due" value={due} onChange={setDue} error={errors.dueAt} w={220} />
        <Button type="submit" mt={25} loading={create.isPending} leftSection={<IconBellPlus size={16} />}>
          Add reminder
        </Button>
      </Group>
    </form>
  );
}
