import { eq, users } from '@jobforge/db';
import { TRPCError } from '@trpc/server';
import type { ProtectedContext } from '../context.js';

export async function me({ ctx }: { ctx: ProtectedContext }) {
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, fullName: users.fullName, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, ctx.user.id));
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This account no longer exists.' });
  // What an API token may do: clients (the MCP server) refuse changes up front on a read-only token.
  const scope = ctx.credential.kind === 'api_token' ? ctx.credential.scope : null;
  return { ...user, authenticatedWith: ctx.credential.kind, scope };
}
