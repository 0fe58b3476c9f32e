/** The people of one application's hiring process: add, edit in place, delete. */
import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useRevalidator } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '~/components/follow-ups/client-errors';
import classes from '~/components/follow-ups/follow-ups.module.css';
import { LIMITS } from '@jobforge/domain';
import { trpc } from '~/lib/trpc';

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const handlers = {
    onSuccess: () => {
      if (!contact) setFields({ name: '', email: '', role: '', notes: '' });
      setErrors({});
      revalidator.revalidate();
      onDone?.();
    },
    onError: (error: unknown) => {
      const found = fieldErrorsOf(error);
      setErrors(Object.keys(found).length > 0 ? found : { name: (error as Error).message });
    },
  };
  const create = trpc.contacts.create.useMutation(handlers);
  const update = trpc.contacts.update.useMutation(handlers);
  const set = (key: keyof typeof fields) => (event: { currentTarget: { value: string } }) =>
    setFields((current) => ({ ...current, [key]: event.currentTarget.value }));
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
          <TextInput
            label="Name"
            value={fields.name}
            onChange={set('name')}
            error={errors.name}
            maxLength={LIMITS.name}
            style={{ flex: '1 1 180px' }}
          />
          <TextInput
            label="Email"
            type="email"
            value={fields.email}
            onChange={set('email')}
            error={errors.email}
            maxLength={LIMITS.name}
            style={{ flex: '1 1 200px' }}
          />
          <TextInput
            label="Role"
            placeholder="Recruiter"
            value={fields.role}
            onChange={set('role')}
            error={errors.role}
            maxLength={LIMITS.name}
            style={{ flex: '1 1 160px' }}
          />
        </Group>
        <Textarea
          label="Notes"
          value={fields.notes}
          onChange={set('notes')}
          error={errors.notes}
          maxLength={LIMITS.note}
          autosize
          minRows={1}
        />
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
