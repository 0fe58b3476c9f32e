import { applications } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { foundRow, ownedUpdate } from '../shared/owned-rows.js';
import { applicationColumns } from './application-fields.js';
import { enforceQuotas, quotaScopeOf } from '../quotas/account-quotas.js';
import type { UpdateApplicationInput } from './update.schema.js';

/** Fields left out stay as they are; an optional field sent as null or "" is cleared. The name is kept. */
export async function updateApplication({ ctx, input }: HandlerArgs<ProtectedContext, UpdateApplicationInput>) {
  const { patch, where } = ownedUpdate(applications, input, ctx.user.id);
  const updated = await foundRow(
    ctx.db.update(applications).set(patch).where(where).returning(applicationColumns),
    'Application',
  );
  await enforceQuotas(ctx.db, quotaScopeOf(ctx));
  return updated;
}
