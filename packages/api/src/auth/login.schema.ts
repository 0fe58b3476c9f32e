import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '@jobforge/auth';
import { input } from '../shared/fields.js';
import { email } from './register.schema.js';

export const loginSchema = input({
  email: email(),
  password: z
    .string({ error: 'must be text' })
    .min(1, 'is required')
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
});
export type LoginInput = z.infer<typeof loginSchema>;
