import { applications, desc, eq } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';
import { applicationSummaryColumns } from './application-fields.js';

/** Newest first, without the long texts (applications.get has them). */
export async function listApplications({ ctx }: { ctx: ProtectedContext }) {
  return ctx.db
    .select(applicationSummaryColumns)
    .from(applications)
    .where(eq(applications.userId, ctx.user.id))
    .orderBy(desc(applications.createdAt), desc(applications.id));
}
