import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { baseVersion, documentKey } from './document-fields.js';

export const restoreDocumentSchema = input({ ...documentKey, versionId: uuid(), baseVersion: baseVersion() });
export type RestoreDocumentInput = z.infer<typeof restoreDocumentSchema>;
