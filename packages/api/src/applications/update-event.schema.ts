import type { z } from 'zod';
import { input, LIMITS, moment, optionalText, uuid } from '@jobforge/domain';

/** Corrects when a stage change or note happened, or its text (a stage change's note may be cleared). */
export const updateEventSchema = input({ eventId: uuid(), at: moment().optional(), note: optionalText(LIMITS.note) });
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
