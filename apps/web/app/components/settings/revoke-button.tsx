import { Button } from '@mantine/core';
import { Form, useNavigation } from '@remix-run/react';
import type { ReactNode } from 'react';

/** A one-button form that ends something by id (a session, a token); it spins while its own request runs. */
export function RevokeButton({
  intent,
  id,
  label,
  children,
}: {
  intent: string;
  id: string;
  label: string;
  children: ReactNode;
}) {
  const navigation = useNavigation();
  const pending = navigation.state !== 'idle' && navigation.formData?.get('id') === id;
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" size="xs" variant="default" color="red" loading={pending} aria-label={label}>
        {children}
      </Button>
    </Form>
  );
}
