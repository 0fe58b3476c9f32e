import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const listContactsSchema = input({ applicationId: uuid() });
export type ListContactsInput = z.infer<typeof listContactsSchema>;
