import { and, applications, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ApplicationIdInput } from './by-id.schema.js';

/** Documents, their versions and AI runs go with the application (foreign keys cascade). */
export async function deleteApplication({ ctx, input }: HandlerArgs<ProtectedContext, ApplicationIdInput>) {
  const deleted = await ctx.db
    .delete(applications)
    .where(and(eq(applications.id, input.id), eq(applications.userId, ctx.user.id)))
    .returning({ id: applications.id });
  if (deleted.length === 0) throw notFound('Application');
  return { id: input.id };
}
