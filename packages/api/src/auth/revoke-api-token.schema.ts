import { z } from 'zod';
import { API_TOKEN_ID_PATTERN } from '@jobforge/auth';
import { atMost, input } from '../shared/fields.js';

export const revokeApiTokenSchema = input({
  id: z
    .string({ error: 'must be text' })
    .max(64, atMost(64))
    .regex(API_TOKEN_ID_PATTERN, 'must be a token id from auth.listApiTokens'),
});
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
