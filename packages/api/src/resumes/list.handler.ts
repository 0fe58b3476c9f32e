import { desc, eq, userResumes } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';
import { resumeColumns } from './resume-fields.js';

/** The primary resume first, then newest first. */
export async function listResumes({ ctx }: { ctx: ProtectedContext }) {
  return ctx.db
    .select(resumeColumns)
    .from(userResumes)
    .where(eq(userResumes.userId, ctx.user.id))
    .orderBy(desc(userResumes.isPrimary), desc(userResumes.createdAt), desc(userResumes.id));
}
