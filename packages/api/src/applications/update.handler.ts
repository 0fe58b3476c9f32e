import { applications } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { ownedRow, updateOf } from '../shared/owned-rows.js';
import { notFound } from '../errors.js';
import { applicationColumns } from './application-fields.js';
import { enforceQuotas, quotaScopeOf } from '../quotas/account-quotas.js';
import type { UpdateApplicationInput } from './update.schema.js';

/** Fields left out stay as they are; an optional field sent as null or "" is cleared. The name is kept. */
export async function updateApplication({ ctx, input }: HandlerArgs<ProtectedContext, UpdateApplicationInput>) {
  const { id, ...fields } = input;
  const [updated] = await ctx.db
    .update(applications)
    .set(updateOf(fields))
    .where(ownedRow(applications, id, ctx.user.id))
    .returning(applicationColumns);
  if (!updated) throw notFound('Application');
  await enforceQuotas(ctx.db, quotaScopeOf(ctx));
  return updated;
}
