import { and, eq, userResumes } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ResumeIdInput } from './by-id.schema.js';

export async function deleteResume({ ctx, input }: HandlerArgs<ProtectedContext, ResumeIdInput>) {
  const deleted = await ctx.db
    .delete(userResumes)
    .where(and(eq(userResumes.id, input.id), eq(userResumes.userId, ctx.user.id)))
    .returning({ id: userResumes.id, wasPrimary: userResumes.isPrimary });
  if (deleted.length === 0) throw notFound('Resume');
  return { id: input.id, wasPrimary: deleted[0]!.wasPrimary };
}
