import { and, eq, userResumes } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ResumeIdInput } from './by-id.schema.js';
import { resumeColumns } from './resume-fields.js';

/** One resume with its text. */
export async function getResume({ ctx, input }: HandlerArgs<ProtectedContext, ResumeIdInput>) {
  const [resume] = await ctx.db
    .select(resumeColumns)
    .from(userResumes)
    .where(and(eq(userResumes.id, input.id), eq(userResumes.userId, ctx.user.id)))
    .limit(1);
  if (!resume) throw notFound('Resume');
  return resume;
}
