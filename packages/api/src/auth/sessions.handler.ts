import { desc, eq, sessions } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';

/** What a person may see of a signed-in device (never the session's secret half): here and in their data export. */
export const sessionDeviceColumns = {
  createdAt: sessions.createdAt,
  lastSeenAt: sessions.lastSeenAt,
  expiresAt: sessions.expiresAt,
  userAgent: sessions.userAgent,
  ipAddress: sessions.ipAddress,
};

export async function listSessions({ ctx }: { ctx: ProtectedContext }) {
  const rows = await ctx.db
    .select({ id: sessions.id, ...sessionDeviceColumns })
    .from(sessions)
    .where(eq(sessions.userId, ctx.user.id))
    .orderBy(desc(sessions.lastSeenAt));
  const currentId = ctx.credential.kind === 'session' ? ctx.credential.id : null;
  return rows.map((row) => ({ ...row, current: row.id === currentId }));
}
