import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const applicationIdSchema = input({ id: uuid() });
export type ApplicationIdInput = z.infer<typeof applicationIdSchema>;
