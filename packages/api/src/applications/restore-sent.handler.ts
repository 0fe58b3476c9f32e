import type { HandlerArgs, ProtectedContext } from '../context.js';
import { saveDocument } from '../documents/document-store.js';
import { requireOwnedApplication } from './find-owned.js';
import type { RestoreSentInput } from './restore-sent.schema.js';
import { quotaScopeOf } from '../quotas/account-quotas.js';
import { findSent } from './sent-document-store.js';

/** Brings the sent text back as the current one: a new save, so the text it replaces stays in the history. */
export async function restoreSent({ ctx, input }: HandlerArgs<ProtectedContext, RestoreSentInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const sent = await findSent(ctx.db, input.applicationId, input.type);
  return saveDocument(
    ctx.db,
    {
      applicationId: input.applicationId,
      type: input.type,
      content: sent.content,
      source: 'user',
      baseVersion: input.baseVersion,
    },
    quotaScopeOf(ctx),
  );
}
