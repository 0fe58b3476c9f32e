import { authedProcedure, protectedProcedure, publicProcedure, router } from '../trpc.js';
import { createApiToken } from './create-api-token.handler.js';
import { createApiTokenSchema } from './create-api-token.schema.js';
import { listApiTokens } from './list-api-tokens.handler.js';
import { login } from './login.handler.js';
import { loginSchema } from './login.schema.js';
import { logout } from './logout.handler.js';
import { me } from './me.handler.js';
import { noInputSchema } from './no-input.schema.js';
import { register } from './register.handler.js';
import { registerSchema } from './register.schema.js';
import { revokeApiToken } from './revoke-api-token.handler.js';
import { revokeApiTokenSchema } from './revoke-api-token.schema.js';
import { revokeSession } from './revoke-session.handler.js';
import { revokeSessionSchema } from './revoke-session.schema.js';
import { listSessions } from './sessions.handler.js';

export const authRouter = router({
  register: publicProcedure.input(registerSchema).mutation(register),
  login: publicProcedure.input(loginSchema).mutation(login),
  logout: authedProcedure.input(noInputSchema).mutation(logout),
  me: protectedProcedure.input(noInputSchema).query(me),
  sessions: protectedProcedure.input(noInputSchema).query(listSessions),
  revokeSession: protectedProcedure.input(revokeSessionSchema).mutation(revokeSession),
  createApiToken: protectedProcedure.input(createApiTokenSchema).mutation(createApiToken),
  listApiTokens: protectedProcedure.input(noInputSchema).query(listApiTokens),
  revokeApiToken: protectedProcedure.input(revokeApiTokenSchema).mutation(revokeApiToken),
});
