import { z } from 'zod';
import { input, LIMITS, requiredText } from '@jobforge/domain';

export const createApiTokenSchema = input({
  name: requiredText(LIMITS.name),
  /** Omit or null for a token that lasts until revoked. */
  expiresInDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be at most 3650 days')
    .nullish(),
  /** 'read': queries only (listing, reading documents); 'read_write' (default): mutations too. */
  scope: z.enum(['read', 'read_write'], { error: 'must be one of: read, read_write' }).optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
