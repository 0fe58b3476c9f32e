import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Form, useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import {
  APPLICATION_STATUSES,
  PRIORITY_LABEL,
  PRIORITY_LEVELS,
  STATUS_LABEL,
  type ApplicationStatus,
  type PriorityLevel,
} from '@jobforge/domain';
import { trpc } from '~/lib/trpc';

/**
 * Status and priority change at once in the UI and roll back with a message if the server says
 * no. Without JavaScript the same selects submit the surrounding form to the route's action.
 */
export function StatusAndPriority({
  applicationId,
  status,
  priority,
}: {
  applicationId: string;
  status: ApplicationStatus;
  priority: PriorityLevel;
}) {
  const revalidator = useRevalidator();
  const [shownStatus, setShownStatus] = useState(status);
  const [shownPriority, setShownPriority] = useState(priority);
  useEffect(() => setShownStatus(status), [status]);
  useEffect(() => setShownPriority(priority), [priority]);

  const statusMutation = trpc.applications.updateStatus.useMutation({
    onMutate: ({ status: next }) => {
      const previous = shownStatus;
      setShownStatus(next);
      return { previous };
    },
    onError: (error, _input, saved) => {
      if (saved) setShownStatus(saved.previous);
      notifications.show({ color: 'red', title: 'Status not changed', message: error.message });
    },
    onSuccess: (updated) => {
      notifications.show({ color: 'teal', message: `Status: ${STATUS_LABEL[updated.status]}` });
      revalidator.revalidate();
    },
  });

  const priorityMutation = trpc.applications.update.useMutation({
    onMutate: ({ priorityLevel }) => {
      const previous = shownPriority;
      if (priorityLevel) setShownPriority(priorityLevel);
      return { previous };
    },
    onError: (error, _input, saved) => {
      if (saved) setShownPriority(saved.previous);
      notifications.show({ color: 'red', title: 'Priority not changed', message: error.message });
    },
    onSuccess: (updated) => {
      notifications.show({ color: 'teal', message: `Priority: ${PRIORITY_LABEL[updated.priorityLevel]}` });
      revalidator.revalidate();
    },
  });

  return (
    <Form method="post" onSubmit={(event) => event.preventDefault()}>
      <input type="hidden" name="intent" value="details" />
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label="Status"
          name="status"
          size="sm"
          w={170}
          value={shownStatus}
          onChange={(event) => {
            const next = event.currentTarget.value as ApplicationStatus;
            statusMutation.mutate({ id: applicationId, status: next });
          }}
          data={APPLICATION_STATUSES.map((value) => ({ value, label: STATUS_LABEL[value] }))}
        />
        <NativeSelect
          label="Priority"
          name="priorityLevel"
          size="sm"
          w={120}
          value={shownPriority}
          onChange={(event) => {
            const next = event.currentTarget.value as PriorityLevel;
            priorityMutation.mutate({ id: applicationId, priorityLevel: next });
          }}
          data={PRIORITY_LEVELS.map((value) => ({ value, label: PRIORITY_LABEL[value] }))}
        />
        <noscript>
          <Button type="submit" variant="default" size="sm">
            Save
          </Button>
        </noscript>
      </Group>
    </Form>
  );
}

export function DeleteApplicationButton({ label }: { label: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const navigation = useNavigation();
  const deleting = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'delete';
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
        Delete
      </Button>
      <Modal opened={opened} onClose={close} title="Delete this application?" centered>
        <Stack gap="md">
          <Text size="sm">
            <b>{label}</b> and its research report, tailored resume, cover letter and their whole history will be
            deleted. This cannot be undone.
          </Text>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} type="button" data-autofocus>
                Keep it
              </Button>
              <Button color="red" type="submit" loading={deleting}>
                Delete application
              </Button>
            </Group>
          </Form>
        </Stack>
      </Modal>
    </>
  );
}
