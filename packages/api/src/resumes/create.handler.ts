import { and, eq, userResumes } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import type { CreateResumeInput } from './create.schema.js';
import { fieldError } from '../errors.js';
import { WRITING_SAMPLE_NOT_PRIMARY } from './primary.js';
import { clearPrimaryResume, primaryRaceOr } from './primary.js';
import { enforceQuotas, quotaScopeOf } from '../quotas/account-quotas.js';
import { resumeColumns } from './resume-fields.js';

export async function createResume({ ctx, input }: HandlerArgs<ProtectedContext, CreateResumeInput>) {
  if (input.isWritingSample && input.isPrimary) throw fieldError('isPrimary', WRITING_SAMPLE_NOT_PRIMARY);
  let isPrimary = input.isPrimary;
  if (isPrimary === undefined && input.isWritingSample) {
    isPrimary = false;
  } else if (isPrimary === undefined) {
    const [existingPrimary] = await ctx.db
      .select({ id: userResumes.id })
      .from(userResumes)
      .where(and(eq(userResumes.userId, ctx.user.id), eq(userResumes.isPrimary, true)))
      .limit(1);
    isPrimary = !existingPrimary;
  } else if (isPrimary) {
    await clearPrimaryResume(ctx.db, ctx.user.id);
  }
  const [created] = await ctx.db
    .insert(userResumes)
    .values({
      userId: ctx.user.id,
      name: input.name,
      content: input.content,
      focusArea: input.focusArea ?? null,
      isPrimary,
      isWritingSample: input.isWritingSample ?? false,
    })
    .returning(resumeColumns)
    .catch((error: unknown) => {
      throw primaryRaceOr(error);
    });
  await enforceQuotas(ctx.db, quotaScopeOf(ctx), 'resumes');
  // The resume's chunks are embedded again in the background, once the new text is committed.
  ctx.afterCommit(() => ctx.services.ai.embeddings.schedule(ctx.user.id));
  return created!;
}
