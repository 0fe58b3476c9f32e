import type { z } from 'zod';
import { email, input, signInFields } from '@jobforge/domain';

/** The email typed out in full (so a stray click cannot delete anything) and the password. */
export const deleteAccountSchema = input({ confirmEmail: email(), password: signInFields.password });
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
