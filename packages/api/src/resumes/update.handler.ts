import { and, eq, userResumes } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import { resumeColumns } from './resume-fields.js';
import type { UpdateResumeInput } from './update.schema.js';

/** Which resume is primary changes only through resumes.setPrimary. */
export async function updateResume({ ctx, input }: HandlerArgs<ProtectedContext, UpdateResumeInput>) {
  const { id, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const [updated] = await ctx.db
    .update(userResumes)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(userResumes.id, id), eq(userResumes.userId, ctx.user.id)))
    .returning(resumeColumns);
  if (!updated) throw notFound('Resume');
  return updated;
}
