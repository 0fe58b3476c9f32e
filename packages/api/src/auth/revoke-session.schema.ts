import { z } from 'zod';
import { SESSION_ID_PATTERN } from '@jobforge/auth';
import { atMost, input } from '../shared/fields.js';

export const revokeSessionSchema = input({
  id: z
    .string({ error: 'must be text' })
    .max(64, atMost(64))
    .regex(SESSION_ID_PATTERN, 'must be a session id from auth.sessions'),
});
export type RevokeSessionInput = z.infer<typeof revokeSessionSchema>;
