import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const contactIdSchema = input({ id: uuid() });
export type ContactIdInput = z.infer<typeof contactIdSchema>;
