import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const listDocumentsSchema = input({ applicationId: uuid() });
export type ListDocumentsInput = z.infer<typeof listDocumentsSchema>;
