import { authedProcedure, protectedProcedure, publicProcedure, router } from '../trpc.js';
import { changeEmail } from './change-email.handler.js';
import { changeEmailSchema } from './change-email.schema.js';
import { changePassword } from './change-password.handler.js';
import { changePasswordSchema } from './change-password.schema.js';
import { createApiToken } from './create-api-token.handler.js';
import { createApiTokenSchema } from './create-api-token.schema.js';
import { deleteAccount } from './delete-account.handler.js';
import { deleteAccountSchema } from './delete-account.schema.js';
import { listApiTokens } from './list-api-tokens.handler.js';
import { login } from './login.handler.js';
import { loginSchema } from './login.schema.js';
import { logout } from './logout.handler.js';
import { me } from './me.handler.js';
import { noInputSchema } from './no-input.schema.js';
import { register } from './register.handler.js';
import { registerSchema } from './register.schema.js';
import { requestPasswordReset } from './request-password-reset.handler.js';
import { requestPasswordResetSchema } from './request-password-reset.schema.js';
import { resetPassword } from './reset-password.handler.js';
import { resetPasswordSchema } from './reset-password.schema.js';
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
  // Account changes check the password (argon2) first, so they hold no transaction while it runs.
  changePassword: authedProcedure.input(changePasswordSchema).mutation(changePassword),
  changeEmail: authedProcedure.input(changeEmailSchema).mutation(changeEmail),
  deleteAccount: authedProcedure.input(deleteAccountSchema).mutation(deleteAccount),
  requestPasswordReset: publicProcedure.input(requestPasswordResetSchema).mutation(requestPasswordReset),
  resetPassword: publicProcedure.input(resetPasswordSchema).mutation(resetPassword),
});
