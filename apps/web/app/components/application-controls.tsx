import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Form, useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { PRIORITY_LABEL, PRIORITY_LEVELS, type PriorityLevel } from '@jobforge/domain';
import { trpc } from '~/lib/trpc';

/**
 * Priority changes at once in the UI and rolls back with a message if the server says no. Without
 * JavaScript the select submits the surrounding form to the route's action. There is no AI status
 * select: the phase marks follow the documents, and a status set by hand only misled.
 */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A closed native select changes its value on arrow keys, so a keyboard user moving through it would
 * save every option on the way. A choice made with the mouse (or in the open list) saves at once; one
 * made with arrow keys saves on Enter or when the select loses focus.
 */
function useChoiceCommit<T extends string>(saved: T, show: (value: T) => void, commit: (value: T) => void) {
  const browsing = useRef(false);
  const commitIfChanged = (value: T) => {
    browsing.current = false;
    if (value !== saved) commit(value);
  };
  return {
    onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => {
      if (BROWSING_KEYS.has(event.key)) browsing.current = true;
      else if (event.key === 'Enter') commitIfChanged(event.currentTarget.value as T);
    },
    onChange: (event: ChangeEvent<HTMLSelectElement>) => {
      const value = event.currentTarget.value as T;
      show(value);
      if (!browsing.current) commitIfChanged(value);
    },
    onBlur: (event: FocusEvent<HTMLSelectElement>) => {
      if (browsing.current) commitIfChanged(event.currentTarget.value as T);
    },
  };
}

export function PriorityControl({ applicationId, priority }: { applicationId: string; priority: PriorityLevel }) {
  const revalidator = useRevalidator();
  const [shownPriority, setShownPriority] = useState(priority);
  useEffect(() => setShownPriority(priority), [priority]);

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

  const choice = useChoiceCommit(priority, setShownPriority, (next) =>
    priorityMutation.mutate({ id: applicationId, priorityLevel: next }),
  );

  return (
    <Form method="post" onSubmit={(event) => event.preventDefault()}>
      <input type="hidden" name="intent" value="details" />
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label="Priority"
          name="priorityLevel"
          size="sm"
          w={120}
          value={shownPriority}
          {...choice}
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
