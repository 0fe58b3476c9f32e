import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from './find-owned.js';
import type { SentDocumentInput } from './sent-document.schema.js';
import { findSent } from './sent-document-store.js';

/** A document exactly as it was sent with the application. */
export async function sentDocument({ ctx, input }: HandlerArgs<ProtectedContext, SentDocumentInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  return findSent(ctx.db, input.applicationId, input.type);
}
