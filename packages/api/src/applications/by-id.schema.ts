import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const applicationIdSchema = input({ id: uuid() });
export type ApplicationIdInput = z.infer<typeof applicationIdSchema>;
