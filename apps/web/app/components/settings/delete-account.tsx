import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { Form, useNavigation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { PASSWORD_MAX_LENGTH } from '@jobforge/domain';
import { PasswordField } from '~/components/auth-fields';
import type { FieldErrors } from '~/lib/forms';

/**
 * Deleting the account: a dialog where the email is typed out in full (the button stays disabled
 * until it matches) and the password confirms it. The server checks both again.
 */
export function DeleteAccount({ email, fieldErrors }: { email: string; fieldErrors: FieldErrors }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const navigation = useNavigation();
  const pending = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'delete-account';
  const refused = Object.keys(fieldErrors).length > 0;
  // A refusal from the server keeps the dialog open with its messages.
  useEffect(() => {
    if (refused) open();
  }, [refused, fieldErrors, open]);
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  return (
    <Group justify="space-between" align="center" gap="md">
      <div style={{ flex: '1 1 280px' }}>
        <Text fw={600} size="sm" c="red">
          Delete account
        </Text>
        <Text size="sm" c="dimmed">
          Deletes the account and everything in it, at once and for good. Download your data first if you want a copy.
        </Text>
      </div>
      <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={open}>
        Delete account…
      </Button>
      <Modal opened={opened} onClose={close} title="Delete your account?" centered>
        <Form method="post">
          <input type="hidden" name="intent" value="delete-account" />
          <Stack gap="sm">
            <Alert color="red" icon={<IconAlertTriangle size={18} />}>
              Every application, document and its history, resume, AI run, reminder and contact goes, and every device
              is signed out. This cannot be undone.
            </Alert>
            <TextInput
              label={`Type your email (${email}) to confirm`}
              name="confirmEmail"
              autoComplete="off"
              required
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={fieldErrors.confirmEmail}
              data-autofocus
            />
            <PasswordField maxLength={PASSWORD_MAX_LENGTH} error={fieldErrors.password} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Keep my account
              </Button>
              <Button type="submit" color="red" disabled={!matches} loading={pending}>
                Delete everything
              </Button>
            </Group>
          </Stack>
        </Form>
      </Modal>
    </Group>
  );
}
