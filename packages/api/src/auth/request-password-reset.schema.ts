import type { z } from 'zod';
import { email, input } from '@jobforge/domain';

export const requestPasswordResetSchema = input({ email: email() });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;
