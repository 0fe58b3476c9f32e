import type { z } from 'zod';
import { input, signInFields } from '@jobforge/domain';

export const loginSchema = input(signInFields);
export type LoginInput = z.infer<typeof loginSchema>;
