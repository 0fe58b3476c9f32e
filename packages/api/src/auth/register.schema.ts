import type { z } from 'zod';
import { passwordProblem } from '@jobforge/auth';
import { input, signUpFields } from '@jobforge/domain';

/** The form checks the length; the API also refuses the most common passwords. */
export const registerSchema = input({
  ...signUpFields,
  password: signUpFields.password.superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type RegisterInput = z.infer<typeof registerSchema>;
