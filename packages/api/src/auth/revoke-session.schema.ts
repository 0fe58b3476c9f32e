import { z } from 'zod';
import { SESSION_ID_PATTERN } from '@jobforge/auth';
import { input } from '../shared/fields.js';

export const revokeSessionSchema = input({
  id: z.string({ error: 'must be text' }).regex(SESSION_ID_PATTERN, 'must be a session id from auth.sessions'),
});
export type RevokeSessionInput = z.infer<typeof revokeSessionSchema>;
