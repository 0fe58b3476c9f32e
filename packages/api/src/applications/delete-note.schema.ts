import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const eventIdSchema = input({ eventId: uuid() });
export type EventIdInput = z.infer<typeof eventIdSchema>;
