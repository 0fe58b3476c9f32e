import type { z } from 'zod';
import { input } from '@jobforge/domain';

export const listResumesSchema = input({}).optional();
export type ListResumesInput = z.infer<typeof listResumesSchema>;
