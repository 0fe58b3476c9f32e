import type { z } from 'zod';
import { input, uuid } from '../shared/fields.js';

export const listDocumentsSchema = input({ applicationId: uuid() });
export type ListDocumentsInput = z.infer<typeof listDocumentsSchema>;
