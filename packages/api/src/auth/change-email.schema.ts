import type { z } from 'zod';
import { email, input, signInFields } from '@jobforge/domain';

export const changeEmailSchema = input({ email: email(), password: signInFields.password });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
