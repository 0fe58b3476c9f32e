import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { contactFields } from './contact-fields.js';

export const createContactSchema = input({ applicationId: uuid(), ...contactFields });
export type CreateContactInput = z.infer<typeof createContactSchema>;
