import { and, applications, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import { applicationColumns } from './application-fields.js';
import type { UpdateStatusInput } from './update-status.schema.js';

export async function updateApplicationStatus({ ctx, input }: HandlerArgs<ProtectedContext, UpdateStatusInput>) {
  const [updated] = await ctx.db
    .update(applications)
    .set({ status: input.status, updatedAt: new Date() })
    .where(and(eq(applications.id, input.id), eq(applications.userId, ctx.user.id)))
    .returning(applicationColumns);
  if (!updated) throw notFound('Application');
  return updated;
}
