import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { saveDocument } from './document-store.js';
import { quotaScopeOf } from '../quotas/account-quotas.js';
import type { UpdateDocumentInput } from './update.schema.js';

export async function updateDocument({ ctx, input }: HandlerArgs<ProtectedContext, UpdateDocumentInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  return saveDocument(ctx.db, { ...input, source: 'user' }, quotaScopeOf(ctx));
}
