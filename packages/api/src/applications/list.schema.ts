import type { z } from 'zod';
import { input } from '@jobforge/domain';

export const listApplicationsSchema = input({}).optional();
export type ListApplicationsInput = z.infer<typeof listApplicationsSchema>;
