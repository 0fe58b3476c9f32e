import type { z } from 'zod';
import { input } from '../shared/fields.js';

export const listResumesSchema = input({}).optional();
export type ListResumesInput = z.infer<typeof listResumesSchema>;
