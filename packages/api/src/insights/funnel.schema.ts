import type { z } from 'zod';
import { input, moment } from '@jobforge/domain';

/**
 * `from`/`to` bound the applications counted (by when they were created) and the weeks of activity;
 * without them, every application counts and activity covers the last 12 weeks.
 */
export const funnelSchema = input({ from: moment().optional(), to: moment().optional() })
  .refine((value) => !value.from || !value.to || value.from < value.to, {
    message: 'must be after from',
    path: ['to'],
  })
  .optional();
export type FunnelInput = z.infer<typeof funnelSchema>;
