import type { z } from 'zod';
import { input } from '../shared/fields.js';

export const listApplicationsSchema = input({}).optional();
export type ListApplicationsInput = z.infer<typeof listApplicationsSchema>;
