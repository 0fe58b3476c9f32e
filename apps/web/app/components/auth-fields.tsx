/**
 * The pieces the sign-in, sign-up, password and account forms share, so an email field or a refusal
 * reads and behaves the same on each: the heading, the email and password inputs, the sign-in and
 * sign-up form around them, and the line that leads to the neighbouring page.
 */
import {
  Anchor,
  Button,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
  type PasswordInputProps,
  type TextInputProps,
} from '@mantine/core';
import { Form, Link } from '@remix-run/react';
import type { FormEvent, ReactNode } from 'react';

/** A signed-out page's title and the sentence under it. */
export function AuthHeading({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={1} fz={26}>
        {title}
      </Title>
      <Text c="dimmed" size="sm" mt={4}>
        {children}
      </Text>
    </div>
  );
}

/** The email an account signs in with; the browser may fill it in. */
export function EmailInput(props: TextInputProps) {
  return <TextInput label="Email" name="email" type="email" autoComplete="email" required {...props} />;
}

/** The account's current password unless told otherwise (`autoComplete="new-password"` for a new one). */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput label="Password" name="password" autoComplete="current-password" required {...props} />;
}

/**
 * The sign-in and sign-up form: checked in the browser first (`onSubmit`), it carries where to go
 * once signed in, and ends in a submit button as wide as the fields.
 */
export function AuthForm({
  redirectTo,
  onSubmit,
  submitting,
  submitLabel,
  children,
}: {
  redirectTo: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Stack gap="md">
        {children}
        <Button type="submit" loading={submitting} fullWidth mt="xs">
          {submitLabel}
        </Button>
      </Stack>
    </Form>
  );
}

/** The line under a signed-out form that leads to the neighbouring page: "New to Job Forge? Create an account". */
export function AuthPageLink({ question, to, children }: { question: string; to: string; children: ReactNode }) {
  return (
    <Text size="sm" ta="center">
      {question}{' '}
      <Anchor component={Link} to={to}>
        {children}
      </Anchor>
    </Text>
  );
}
