import type { z } from 'zod';
import { documentKey } from '../documents/document-fields.js';
import { input } from '@jobforge/domain';

export const applicationDocumentSourceSchema = input(documentKey);
export type ApplicationDocumentSourceInput = z.infer<typeof applicationDocumentSourceSchema>;
