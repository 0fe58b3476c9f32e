import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const contactIdSchema = input({ id: uuid() });
export type ContactIdInput = z.infer<typeof contactIdSchema>;
