import type { z } from 'zod';
import { input } from '@jobforge/domain';
import { documentKey } from './document-fields.js';

export const documentHistorySchema = input(documentKey);
export type DocumentHistoryInput = z.infer<typeof documentHistorySchema>;
