import type { z } from 'zod';
import { input } from '@jobforge/domain';
import { documentKey } from './document-fields.js';

export const getDocumentSchema = input(documentKey);
export type GetDocumentInput = z.infer<typeof getDocumentSchema>;
