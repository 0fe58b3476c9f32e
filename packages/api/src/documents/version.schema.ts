import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { documentKey } from './document-fields.js';

export const documentVersionSchema = input({ ...documentKey, versionId: uuid() });
export type DocumentVersionInput = z.infer<typeof documentVersionSchema>;
