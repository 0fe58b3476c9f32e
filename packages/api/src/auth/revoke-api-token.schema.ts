import type { z } from 'zod';
import { API_TOKEN_ID_PATTERN } from '@jobforge/auth';
import { input, patterned } from '@jobforge/domain';

export const revokeApiTokenSchema = input({
  id: patterned(64, API_TOKEN_ID_PATTERN, 'must be a token id from auth.listApiTokens'),
});
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
