/** The people of one application's hiring process: add, edit in place, delete. */
import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useRevalidator } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import classes from '~/components/follow-ups/follow-ups.module.css';
import { NoteInput, useFieldErrors } from '~/components/when-note-fields';
import { LIMITS } from '@jobforge/domain';
import { trpc } from '~/lib/trpc';

/** The one-line fields, in order; the notes follow below them. */
const LINE_FIELDS = [
  { key: 'name', label: 'Name', flex: '1 1 180px' },
  { key: 'email', label: 'Email', type: 'email', flex: '1 1 200px' },
  { key: 'role', label: 'Role', placeholder: 'Recruiter', flex: '1 1 160px' },
] as const;

export interface ContactRow {
  id: string;
  name: string;
  email: string | null;
  role: string | null;
  notes: string | null;
}

export function Contacts({ applicationId, contacts }: { applicationId: string; contacts: ContactRow[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const revalidator = useRevalidator();
  const remove = trpc.contacts.delete.useMutation({
    onSuccess: () => revalidator.revalidate(),
    onError: (error) => notifications.show({ color: 'red', title: 'Contact not deleted', message: error.message }),
  });
  return (
    <Stack gap="md">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contacts yet. Keep the recruiter, the hiring manager and your interviewers here.
        </Text>
      ) : (
        <ul className={classes.list} aria-label="Contacts">
          {contacts.map((contact) =>
            editing === contact.id ? (
              <li key={contact.id} className={classes.item}>
                <ContactForm applicationId={applicationId} contact={contact} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={contact.id} className={classes.item}>
                <div className={classes.body}>
                  <Text fw={600} size="sm">
                    {contact.name}
                    {contact.role ? (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        · {contact.role}
                      </Text>
                    ) : null}
                  </Text>
                  {contact.email ? (
                    <Anchor href={`mailto:${contact.email}`} size="sm">
                      {contact.email}
                    </Anchor>
                  ) : null}
                  {contact.notes ? <div className={classes.note}>{contact.notes}</div> : null}
                </div>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Edit ${contact.name}`}
                  onClick={() => setEditing(contact.id)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Delete ${contact.name}`}
                  onClick={() => remove.mutate({ id: contact.id })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </li>
            ),
          )}
        </ul>
      )}
      <ContactForm applicationId={applicationId} />
    </Stack>
  );
}

function ContactForm({
  applicationId,
  contact,
  onDone,
}: {
  applicationId: string;
  contact?: ContactRow;
  onDone?: () => void;
}) {
  const revalidator = useRevalidator();
  const [fields, setFields] = useState({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    role: contact?.role ?? '',
    notes: contact?.notes ?? '',
  });
  const { errors, setErrors, onError } = useFieldErrors('name');
  const handlers = {
    onSuccess: () => {
      if (!contact) setFields({ name: '', email: '', role: '', notes: '' });
      setErrors({});
      revalidator.revalidate();
      onDone?.();
    },
    onError,
  };
  const create = trpc.contacts.create.useMutation(handlers);
  const update = trpc.contacts.update.useMutation(handlers);
  const bind = (key: keyof typeof fields) => ({
    value: fields[key],
    error: errors[key],
    onChange: (value: string) => setFields((current) => ({ ...current, [key]: value })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.name.trim()) return setErrors({ name: 'Required' });
    if (contact) update.mutate({ id: contact.id, ...fields });
    else create.mutate({ applicationId, ...fields });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={contact ? `Edit ${contact.name}` : 'Add a contact'}
      style={{ flex: 1 }}
    >
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          {LINE_FIELDS.map(({ key, flex, ...field }) => {
            const { onChange, ...bound } = bind(key);
            return (
              <TextInput
                key={key}
                {...field}
                {...bound}
                onChange={(event) => onChange(event.currentTarget.value)}
                maxLength={LIMITS.name}
                style={{ flex }}
              />
            );
          })}
        </Group>
        <NoteInput label="Notes" {...bind('notes')} minRows={1} />
        <Group gap="xs">
          <Button
            type="submit"
            size="xs"
            leftSection={contact ? undefined : <IconUserPlus size={14} />}
            loading={create.isPending || update.isPending}
          >
            {contact ? 'Save contact' : 'Add contact'}
          </Button>
          {contact ? (
            <Button variant="default" size="xs" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
