import { Stack, TextInput } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { AuthForm, AuthHeading, AuthPageLink, EmailInput, PasswordField } from '~/components/auth-fields';
import { ErrorAlert } from '~/components/form-messages';
import { serverApi } from '~/lib/api.server';
import { redirectIfSignedIn } from '~/lib/auth.server';
import { safeRedirectPath, withRedirectTo } from '~/lib/safe-redirect';
import { useClientValidation } from '~/lib/use-client-validation';
import { echoed, hasErrors, PASSWORD_MIN_LENGTH, textField, validateRegister, type FieldErrors } from '~/lib/forms';

export const meta: MetaFunction = () => [{ title: 'Create an account · Job Forge' }];

export const loader = redirectIfSignedIn;

export interface RegisterActionData {
  fieldErrors: FieldErrors;
  formError: string | null;
  values: { email: string; fullName: string };
}

function readValues(form: FormData) {
  return {
    fullName: textField(form, 'fullName'),
    email: textField(form, 'email'),
    password: textField(form, 'password'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = readValues(form);
  const redirectTo = safeRedirectPath(textField(form, 'redirectTo'));
  const reply = (status: number, fieldErrors: FieldErrors, formError: string | null, headers?: Headers) =>
    data<RegisterActionData>(
      { fieldErrors, formError, values: { email: echoed(values.email), fullName: echoed(values.fullName) } },
      { status, headers },
    );

  const fieldErrors = validateRegister(values);
  if (hasErrors(fieldErrors)) return reply(400, fieldErrors, null);

  const api = serverApi(request, context);
  const result = await api.act((caller) => caller.auth.register(values));
  if (result.ok) throw redirect(redirectTo, { headers: api.headers });
  const { failure } = result;
  if (failure.code === 'CONFLICT') return reply(409, { email: failure.message }, null, api.headers);
  if (hasErrors(failure.fieldErrors)) return reply(failure.status, failure.fieldErrors, null, api.headers);
  // The API words a refused password as "password must ..."; it belongs next to that field.
  if (/^password /i.test(failure.message)) {
    return reply(
      failure.status,
      { password: failure.message.replace(/^password /i, 'The password ') },
      null,
      api.headers,
    );
  }
  return reply(failure.status, {}, failure.message, api.headers);
}

const validate = (form: FormData) => validateRegister(readValues(form));

export default function Register() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { onSubmit, field } = useClientValidation(validate, actionData?.fieldErrors);
  const submitting = navigation.state !== 'idle' && navigation.formAction?.startsWith('/register') === true;
  const loginHref = withRedirectTo('/login', redirectTo);

  return (
    <Stack gap="lg">
      <AuthHeading title="Create your account">
        One place for every application: research, tailored resume, cover letter.
      </AuthHeading>
      {actionData?.formError ? (
        <ErrorAlert title="Could not create the account">{actionData.formError}</ErrorAlert>
      ) : null}
      <AuthForm redirectTo={redirectTo} onSubmit={onSubmit} submitting={submitting} submitLabel="Create account">
        <TextInput
          label="Full name"
          {...field('fullName')}
          autoComplete="name"
          required
          defaultValue={actionData?.values.fullName}
          autoFocus
        />
        <EmailInput {...field('email')} defaultValue={actionData?.values.email} />
        <PasswordField
          {...field('password')}
          autoComplete="new-password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters; a long phrase is easiest to remember.`}
        />
      </AuthForm>
      <AuthPageLink question="Already have an account?" to={loginHref}>
        Sign in
      </AuthPageLink>
    </Stack>
  );
}
