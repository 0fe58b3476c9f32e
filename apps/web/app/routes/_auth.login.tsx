import { Alert, Anchor, Stack } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockPause } from '@tabler/icons-react';
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { AuthForm, AuthHeading, AuthPageLink, EmailInput, PasswordField } from '~/components/auth-fields';
import { serverApi } from '~/lib/api.server';
import { redirectIfSignedIn } from '~/lib/auth.server';
import { safeRedirectPath, withRedirectTo } from '~/lib/safe-redirect';
import { useClientValidation } from '~/lib/use-client-validation';
import { echoed, hasErrors, textField, validateLogin, type FieldErrors } from '~/lib/forms';

export const meta: MetaFunction = () => [{ title: 'Sign in · Job Forge' }];

export const loader = redirectIfSignedIn;

export interface LoginActionData {
  fieldErrors: FieldErrors;
  formError: string | null;
  throttled: boolean;
  email: string;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = { email: textField(form, 'email'), password: textField(form, 'password') };
  const redirectTo = safeRedirectPath(textField(form, 'redirectTo'));
  const reply = (status: number, body: Omit<LoginActionData, 'email'>, headers?: Headers) =>
    data<LoginActionData>({ ...body, email: echoed(values.email) }, { status, headers });

  const fieldErrors = validateLogin(values);
  if (hasErrors(fieldErrors)) return reply(400, { fieldErrors, formError: null, throttled: false });

  const api = serverApi(request, context);
  const result = await api.act((caller) => caller.auth.login(values), { unauthorizedIsFailure: true });
  if (result.ok) throw redirect(redirectTo, { headers: api.headers });
  const { failure } = result;
  return reply(
    failure.status,
    { fieldErrors: failure.fieldErrors, formError: failure.message, throttled: failure.code === 'TOO_MANY_REQUESTS' },
    api.headers,
  );
}

const validate = (form: FormData) =>
  validateLogin({ email: textField(form, 'email'), password: textField(form, 'password') });

export default function Login() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const { onSubmit, field } = useClientValidation(validate, actionData?.fieldErrors);
  const submitting = navigation.state !== 'idle' && navigation.formAction?.startsWith('/login') === true;
  const notice = searchParams.get('reset')
    ? 'Your password has been changed and every device signed out. Sign in with the new password.'
    : searchParams.get('deleted')
    ? 'Your account and everything in it have been deleted.'
    : null;
  const registerHref = withRedirectTo('/register', redirectTo);

  return (
    <Stack gap="lg">
      <AuthHeading title="Sign in">
        {searchParams.get('redirectTo') ? 'Sign in to continue where you were.' : 'Welcome back to Job Forge.'}
      </AuthHeading>
      {notice && !actionData ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} role="status">
          {notice}
        </Alert>
      ) : null}
      {actionData?.formError && !hasErrors(actionData.fieldErrors) ? (
        <Alert
          color={actionData.throttled ? 'orange' : 'red'}
          icon={actionData.throttled ? <IconClockPause size={18} /> : <IconAlertTriangle size={18} />}
          title={actionData.throttled ? 'Sign-in paused' : 'Could not sign in'}
          role="alert"
        >
          {actionData.formError}
        </Alert>
      ) : null}
      <AuthForm redirectTo={redirectTo} onSubmit={onSubmit} submitting={submitting} submitLabel="Sign in">
        <EmailInput {...field('email')} defaultValue={actionData?.email} autoFocus />
        <PasswordField {...field('password')} />
        <Anchor component={Link} to="/forgot-password" size="sm" ta="right" mt={-8}>
          Forgot password?
        </Anchor>
      </AuthForm>
      <AuthPageLink question="New to Job Forge?" to={registerHref}>
        Create an account
      </AuthPageLink>
    </Stack>
  );
}
