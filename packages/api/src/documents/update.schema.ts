import type { z } from 'zod';
import { input } from '@jobforge/domain';
import { baseVersion, documentContent, documentKey } from './document-fields.js';

export const updateDocumentSchema = input({ ...documentKey, content: documentContent(), baseVersion: baseVersion() });
export type UpdateDocumentInput = z.infer<typeof updateDocumentSchema>;
