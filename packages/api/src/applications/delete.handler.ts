import { applications } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { deleteOwned } from '../shared/owned-rows.js';
import type { ApplicationIdInput } from './by-id.schema.js';

/** Documents, their versions and AI runs go with the application (foreign keys cascade). */
export function deleteApplication({ ctx, input }: HandlerArgs<ProtectedContext, ApplicationIdInput>) {
  return deleteOwned(ctx.db, applications, input.id, ctx.user.id, 'Application');
}
