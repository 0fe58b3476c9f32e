/**
 * The pieces the sign-in, sign-up, password and account forms share, so an email field or a refusal
 * reads and behaves the same on each: the heading, the email and password inputs, and the line that
 * leads to the neighbouring page.
 */
import {
  Anchor,
  PasswordInput,
  Text,
  TextInput,
  Title,
  type PasswordInputProps,
  type TextInputProps,
} from '@mantine/core';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

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
