import { Alert, Button, Code, Stack } from '@mantine/core';
import { IconMailForward, IconTool } from '@tabler/icons-react';
import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { LIMITS } from '@jobforge/domain';
import { AuthHeading, AuthPageLink, EmailInput } from '~/components/auth-fields';
import { serverApi } from '~/lib/api.server';
import { echoed, textField, type FieldErrors } from '~/lib/forms';

export const meta: MetaFunction = () => [{ title: 'Forgot password · Job Forge' }];

type ForgotActionData =
  | { sent: true; emailed: boolean; email: string }
  | { sent: false; message: string; fieldErrors: FieldErrors; email: string };

/** The answer is the same for every address: whether it has an account is never said. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = textField(form, 'email');
  const api = serverApi(request, context);
  const result = await api.act((caller) => caller.auth.requestPasswordReset({ email }), {
    unauthorizedIsFailure: true,
  });
  if (result.ok) return data<ForgotActionData>({ sent: true, emailed: result.value.emailed, email: echoed(email) });
  const { failure } = result;
  return data<ForgotActionData>(
    { sent: false, message: failure.message, fieldErrors: failure.fieldErrors, email: echoed(email) },
    { status: failure.status, headers: api.headers },
  );
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const refused = actionData && !actionData.sent ? actionData : null;
  return (
    <Stack gap="lg">
      <AuthHeading title="Forgot your password?">
        Enter the email you sign in with, and we will send a link to choose a new password.
      </AuthHeading>
      {actionData?.sent && actionData.emailed ? (
        <Alert color="teal" icon={<IconMailForward size={18} />} title="Check your email" role="status">
          If an account uses {actionData.email}, a link is on its way. It works once, for 30 minutes. Nothing arrived?
          Look in the spam folder, or ask again in a few minutes.
        </Alert>
      ) : null}
      {actionData?.sent && !actionData.emailed ? (
        <Alert color="orange" icon={<IconTool size={18} />} title="This server sends no email" role="status">
          Ask the person who runs this Job Forge for a reset link. They can make one with{' '}
          <Code>npm run user:reset-password -- {actionData.email || '<email>'}</Code>.
        </Alert>
      ) : null}
      {refused && !refused.fieldErrors.email ? (
        <Alert color="red" role="alert" title="That did not work">
          {refused.message}
        </Alert>
      ) : null}
      <Form method="post">
        <Stack gap="md">
          <EmailInput
            maxLength={LIMITS.name}
            defaultValue={actionData?.email}
            error={refused?.fieldErrors.email}
            autoFocus
          />
          <Button type="submit" loading={navigation.state !== 'idle'} fullWidth>
            Send reset link
          </Button>
        </Stack>
      </Form>
      <AuthPageLink question="Remembered it?" to="/login">
        Sign in
      </AuthPageLink>
    </Stack>
  );
}
