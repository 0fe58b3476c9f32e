/**
 * A personal API token carries a scope: a read-only token may run queries and subscriptions, never a
 * mutation. Checked here, once, for every procedure after authentication, so a new mutation is
 * covered the day it exists (an assistant given a read-only token cannot change anything).
 */
import { TRPCError } from '@trpc/server';
import type { Credential } from '@jobforge/auth';
import { t } from '../init.js';

export const READ_ONLY_TOKEN_MESSAGE =
  'This API token is read-only: it cannot change anything. Create a read-write token for this.';

export const enforceTokenScope = t.middleware(({ ctx, type, next }) => {
  const credential = (ctx as { credential?: Credential }).credential;
  if (type === 'mutation' && credential?.kind === 'api_token' && credential.scope !== 'read_write') {
    throw new TRPCError({ code: 'FORBIDDEN', message: READ_ONLY_TOKEN_MESSAGE });
  }
  return next();
});
