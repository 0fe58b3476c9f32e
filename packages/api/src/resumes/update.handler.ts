import { userResumes } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { foundRow, ownedUpdate } from '../shared/owned-rows.js';
import { fieldError } from '../errors.js';
import { WRITING_SAMPLE_NOT_PRIMARY } from './primary.js';
import { resumeColumns } from './resume-fields.js';
import { enforceQuotas, quotaScopeOf } from '../quotas/account-quotas.js';
import type { UpdateResumeInput } from './update.schema.js';

/** Which resume is primary changes only through resumes.setPrimary. */
export async function updateResume({ ctx, input }: HandlerArgs<ProtectedContext, UpdateResumeInput>) {
  const { patch, where } = ownedUpdate(userResumes, input, ctx.user.id);
  const updated = await foundRow(ctx.db.update(userResumes).set(patch).where(where).returning(resumeColumns), 'Resume');
  // Thrown inside the request's transaction, so the update is rolled back.
  if (updated.isPrimary && updated.isWritingSample) {
    throw fieldError('isWritingSample', `${WRITING_SAMPLE_NOT_PRIMARY}: make another resume primary first`);
  }
  await enforceQuotas(ctx.db, quotaScopeOf(ctx));
  // The resume's chunks are embedded again in the background, once the new text is committed.
  ctx.afterCommit(() => ctx.services.ai.embeddings.schedule(ctx.user.id));
  return updated;
}
