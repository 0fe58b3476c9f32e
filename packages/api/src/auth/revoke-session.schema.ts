import type { z } from 'zod';
import { SESSION_ID_PATTERN } from '@jobforge/auth';
import { input, patterned } from '@jobforge/domain';

export const revokeSessionSchema = input({
  id: patterned(64, SESSION_ID_PATTERN, 'must be a session id from auth.sessions'),
});
export type RevokeSessionInput = z.infer<typeof revokeSessionSchema>;
