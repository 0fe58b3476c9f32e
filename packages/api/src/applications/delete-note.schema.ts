import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const eventIdSchema = input({ eventId: uuid() });
export type EventIdInput = z.infer<typeof eventIdSchema>;
