import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { contactFields } from './contact-fields.js';

export const updateContactSchema = input({ id: uuid(), ...contactFields, name: contactFields.name.optional() });
export type UpdateContactInput = z.infer<typeof updateContactSchema>;
