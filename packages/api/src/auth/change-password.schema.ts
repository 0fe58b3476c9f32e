import type { z } from 'zod';
import { input, signInFields, signUpFields } from '@jobforge/domain';

export const changePasswordSchema = input({
  currentPassword: signInFields.password,
  newPassword: signUpFields.password,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
