import { desc, eq, sessions } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';

export async function listSessions({ ctx }: { ctx: ProtectedContext }) {
  const rows = await ctx.db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      ipAddress: sessions.ipAddress,
    })
    .from(sessions)
    .where(eq(sessions.userId, ctx.user.id))
    .orderBy(desc(sessions.lastSeenAt));
  const currentId = ctx.credential.kind === 'session' ? ctx.credential.id : null;
  return rows.map((row) => ({ ...row, current: row.id === currentId }));
}
