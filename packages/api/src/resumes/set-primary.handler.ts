import { and, eq, userResumes } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { fieldError, notFound } from '../errors.js';
import type { ResumeIdInput } from './by-id.schema.js';
import { clearPrimaryResume, primaryRaceOr, WRITING_SAMPLE_NOT_PRIMARY } from './primary.js';
import { resumeColumns } from './resume-fields.js';

/** One transaction: the old primary is cleared and the new one set, or neither. */
export async function setPrimaryResume({ ctx, input }: HandlerArgs<ProtectedContext, ResumeIdInput>) {
  const [target] = await ctx.db
    .select({ id: userResumes.id, isWritingSample: userResumes.isWritingSample })
    .from(userResumes)
    .where(and(eq(userResumes.id, input.id), eq(userResumes.userId, ctx.user.id)))
    .for('update');
  if (!target) throw notFound('Resume');
  if (target.isWritingSample) throw fieldError('id', `${WRITING_SAMPLE_NOT_PRIMARY}: mark it as a resume first`);
  await clearPrimaryResume(ctx.db, ctx.user.id, input.id);
  try {
    const [updated] = await ctx.db
      .update(userResumes)
      .set({ isPrimary: true, updatedAt: new Date() })
      .where(eq(userResumes.id, input.id))
      .returning(resumeColumns);
    return updated!;
  } catch (error) {
    throw primaryRaceOr(error);
  }
}
