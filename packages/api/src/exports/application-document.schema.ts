import type { z } from 'zod';
import { documentKey } from '../documents/document-fields.js';
import { input } from '../shared/fields.js';

export const applicationDocumentSourceSchema = input(documentKey);
export type ApplicationDocumentSourceInput = z.infer<typeof applicationDocumentSourceSchema>;
