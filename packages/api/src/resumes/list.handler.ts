import { desc, eq, userResumes } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';
import { withExcerpt } from '../shared/text-preview.js';
import { resumeListColumns } from './resume-fields.js';

/** The primary resume first, then newest first; an excerpt and the length instead of the text. */
export async function listResumes({ ctx }: { ctx: ProtectedContext }) {
  const rows = await ctx.db
    .select(resumeListColumns)
    .from(userResumes)
    .where(eq(userResumes.userId, ctx.user.id))
    .orderBy(desc(userResumes.isPrimary), desc(userResumes.createdAt), desc(userResumes.id));
  return rows.map(withExcerpt);
}
