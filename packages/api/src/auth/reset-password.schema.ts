import { z } from 'zod';
import { input, signUpFields } from '@jobforge/domain';

export const resetPasswordSchema = input({
  /** `pwr_<id>.<secret>` from the link; its shape is checked by the auth package. */
  token: z.string({ error: 'must be text' }).trim().min(1, 'is required').max(200, 'is not a reset token'),
  password: signUpFields.password,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
