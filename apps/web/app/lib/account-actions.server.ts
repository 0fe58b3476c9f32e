/**
 * The Settings page's account forms: change the password, change the email, delete the account.
 * Each calls its auth.* procedure; a refusal comes back with per-field messages for the form.
 */
import { redirect } from '@remix-run/node';
import type { ServerApi } from './api.server';
import { textField, type FieldErrors } from './forms';

export const ACCOUNT_INTENTS = ['change-password', 'change-email', 'delete-account'] as const;
export type AccountIntent = (typeof ACCOUNT_INTENTS)[number];

export type AccountActionResult =
  | { intent: AccountIntent; ok: true; message: string; status: 200 }
  | { intent: AccountIntent; ok: false; message: string; fieldErrors: FieldErrors; status: number };

export function isAccountIntent(intent: string): intent is AccountIntent {
  return (ACCOUNT_INTENTS as readonly string[]).includes(intent);
}

/** Runs one account form; throws a redirect to the sign-in page once the account is deleted. */
export async function runAccountAction(
  api: ServerApi,
  intent: AccountIntent,
  form: FormData,
): Promise<AccountActionResult> {
  const field = (name: string) => textField(form, name);
  const result =
    intent === 'change-password'
      ? await api.act((caller) =>
          caller.auth.changePassword({
            currentPassword: field('currentPassword'),
            newPassword: field('newPassword'),
          }),
        )
      : intent === 'change-email'
      ? await api.act((caller) => caller.auth.changeEmail({ email: field('email'), password: field('password') }))
      : await api.act((caller) =>
          caller.auth.deleteAccount({ confirmEmail: field('confirmEmail'), password: field('password') }),
        );
  if (!result.ok) {
    const { message, fieldErrors, status } = result.failure;
    return { intent, ok: false, message, fieldErrors, status };
  }
  if (intent === 'delete-account') throw redirect('/login?deleted=1', { headers: api.headers });
  return {
    intent,
    ok: true,
    status: 200,
    message:
      intent === 'change-password'
        ? 'Password changed. Every other device has been signed out.'
        : 'Email changed: sign in with the new one from now on.',
  };
}
