import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { findDocument } from './document-store.js';
import type { GetDocumentInput } from './get.schema.js';

/** null when the application exists but this document has not been written yet. */
export async function getDocument({ ctx, input }: HandlerArgs<ProtectedContext, GetDocumentInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  return findDocument(ctx.db, input.applicationId, input.type);
}
