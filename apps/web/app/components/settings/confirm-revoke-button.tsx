import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Form, useNavigation } from '@remix-run/react';
import type { ReactNode } from 'react';

/**
 * Revokes something that scripts may depend on (an API token) only after a second, explicit
 * choice: the button opens a dialog that says what stops working.
 */
export function ConfirmRevokeButton({
  intent,
  id,
  label,
  title,
  children,
}: {
  intent: string;
  id: string;
  label: string;
  title: string;
  children: ReactNode;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const navigation = useNavigation();
  const pending = navigation.state !== 'idle' && navigation.formData?.get('id') === id;
  return (
    <>
      <Button size="xs" variant="default" color="red" onClick={open} loading={pending} aria-label={label}>
        Revoke
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text size="sm" mb="md">
          {children}
        </Text>
        <Form method="post" onSubmit={close}>
          <input type="hidden" name="intent" value={intent} />
          <input type="hidden" name="id" value={id} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red">
              Revoke token
            </Button>
          </Group>
        </Form>
      </Modal>
    </>
  );
}
