/** A form's messages about the whole of it (a field's own message sits under the field). */
import { Alert, Text, type MantineSize } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A refusal in a red alert with a title, read out when it appears. */
export function ErrorAlert({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {children}
    </Alert>
  );
}

/** A one-line refusal in a small form, read out when it appears. */
export function FormError({ message, size = 'sm' }: { message: string | undefined; size?: MantineSize }) {
  return message ? (
    <Text size={size} c="red" role="alert">
      {message}
    </Text>
  ) : null;
}
