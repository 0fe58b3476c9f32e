import { Anchor, Button, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconUserCircle } from '@tabler/icons-react';
import { Form, useNavigation } from '@remix-run/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@jobforge/domain';
import { EmailInput, PasswordField } from '~/components/auth-fields';
import type { FieldErrors } from '~/lib/forms';
import { DeleteAccount } from './delete-account';
import { SettingsSection } from './settings-section';

export interface AccountFormState {
  intent: string;
  ok: boolean;
  fieldErrors?: FieldErrors;
}

/** The sign-in email and password, a copy of everything stored, and the way out. */
export function AccountSettings({ email, result }: { email: string; result: AccountFormState | null }) {
  const errorsFor = (intent: string) =>
    result && !result.ok && result.intent === intent ? result.fieldErrors ?? {} : {};
  return (
    <SettingsSection
      id="account"
      title="Account"
      icon={<IconUserCircle size={20} aria-hidden />}
      intro={
        <>
          Signed in as <strong>{email}</strong>.
        </>
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <AccountForm intent="change-password" title="Change password" submit="Change password" result={result}>
          <PasswordField
            label="Current password"
            name="currentPassword"
            maxLength={PASSWORD_MAX_LENGTH}
            error={errorsFor('change-password').currentPassword}
          />
          <PasswordField
            label="New password"
            name="newPassword"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            description={`At least ${PASSWORD_MIN_LENGTH} characters. Your other devices will be signed out.`}
            error={errorsFor('change-password').newPassword}
          />
        </AccountForm>
        <AccountForm intent="change-email" title="Change email" submit="Change email" result={result}>
          <EmailInput label="New email" maxLength={LIMITS.name} error={errorsFor('change-email').email} />
          <PasswordField
            maxLength={PASSWORD_MAX_LENGTH}
            description="To confirm it is you."
            error={errorsFor('change-email').password}
          />
        </AccountForm>
      </SimpleGrid>

      <Divider my="lg" />
      <Group justify="space-between" align="center" gap="md">
        <div style={{ flex: '1 1 280px' }}>
          <Text fw={600} size="sm">
            Your data
          </Text>
          <Text size="sm" c="dimmed">
            One JSON file with your applications, every version of every document, resumes, AI runs, pipeline events,
            reminders and contacts.
          </Text>
        </div>
        <Button
          component="a"
          href="/export/account.json"
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          Download my data
        </Button>
      </Group>

      <Divider my="lg" />
      <DeleteAccount email={email} fieldErrors={errorsFor('delete-account')} />
      <Text size="xs" c="dimmed" mt="md">
        Forgot your password while signed out? Use{' '}
        <Anchor href="/forgot-password" size="xs">
          Forgot password
        </Anchor>{' '}
        on the sign-in page.
      </Text>
    </SettingsSection>
  );
}

/** One small form of the section; its password fields are emptied once the change went through. */
function AccountForm({
  intent,
  title,
  submit,
  result,
  children,
}: {
  intent: string;
  title: string;
  submit: string;
  result: AccountFormState | null;
  children: ReactNode;
}) {
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const pending = navigation.state !== 'idle' && navigation.formData?.get('intent') === intent;
  useEffect(() => {
    if (result?.ok && result.intent === intent) formRef.current?.reset();
  }, [result, intent]);
  return (
    <Form method="post" ref={formRef} aria-label={title}>
      <input type="hidden" name="intent" value={intent} />
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {title}
        </Text>
        {children}
        <Group>
          <Button type="submit" loading={pending}>
            {submit}
          </Button>
        </Group>
      </Stack>
    </Form>
  );
}
