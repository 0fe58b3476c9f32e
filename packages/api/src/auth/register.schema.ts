import { z } from 'zod';
import { passwordProblem, PASSWORD_MAX_LENGTH } from '@jobforge/auth';
import { atMost, input, LIMITS, requiredText } from '../shared/fields.js';

export const email = () =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(LIMITS.name, atMost(LIMITS.name))
    .pipe(z.email({ error: 'must be an email address' }));

export const registerSchema = input({
  email: email(),
  password: z
    .string({ error: 'must be text' })
    // Characters can take two UTF-16 units; anything longer than this is too long in any case.
    .max(PASSWORD_MAX_LENGTH * 2, atMost(PASSWORD_MAX_LENGTH))
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  fullName: requiredText(LIMITS.name),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export { PASSWORD_MAX_LENGTH };
