import { Anchor, Button, Stack } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@jobforge/domain';
import { AuthHeading, PasswordField } from '~/components/auth-fields';
import { ErrorAlert } from '~/components/form-messages';
import { serverApi } from '~/lib/api.server';
import { textField, type FieldErrors } from '~/lib/forms';

export const meta: MetaFunction = () => [{ title: 'Choose a new password · Job Forge' }];

interface ResetActionData {
  message: string;
  fieldErrors: FieldErrors;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const api = serverApi(request, context);
  const result = await api.act(
    (caller) => caller.auth.resetPassword({ token: textField(form, 'token'), password: textField(form, 'password') }),
    { unauthorizedIsFailure: true },
  );
  // Every session of the account has ended, this browser's too: sign in with the new password.
  if (result.ok) throw redirect(`/login?reset=1`, { headers: api.headers });
  return data<ResetActionData>(
    { message: result.failure.message, fieldErrors: result.failure.fieldErrors },
    { status: result.failure.status, headers: api.headers },
  );
}

/** The link's token is in the address's fragment (#token=…), which never reaches a server or a log. */
function useTokenFromFragment(): string | null {
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => {
    const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
    setToken(fromHash ?? '');
    // Out of the address bar and history: the page keeps it in the form only.
    if (fromHash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  return token;
}

export default function ResetPassword() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const token = useTokenFromFragment();
  const linkProblem = actionData && !actionData.fieldErrors.password ? actionData.message : null;
  return (
    <Stack gap="lg">
      <AuthHeading title="Choose a new password">
        Setting it signs you out on every device; then sign in with the new one.
      </AuthHeading>
      {token === '' || linkProblem ? (
        <ErrorAlert title="This link does not work">
          {linkProblem ?? 'The address has no reset token: open the link from the email again, in full.'}{' '}
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
        </ErrorAlert>
      ) : null}
      <Form method="post">
        <input type="hidden" name="token" value={token ?? ''} />
        <Stack gap="md">
          <PasswordField
            label="New password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            error={actionData?.fieldErrors.password}
            autoFocus
          />
          <Button type="submit" loading={navigation.state !== 'idle'} disabled={!token} fullWidth>
            Set new password
          </Button>
        </Stack>
      </Form>
    </Stack>
  );
}
