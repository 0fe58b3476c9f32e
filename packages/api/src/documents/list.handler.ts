import { asc, documents, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { documentColumns } from './document-store.js';
import type { ListDocumentsInput } from './list.schema.js';

export async function listDocuments({ ctx, input }: HandlerArgs<ProtectedContext, ListDocumentsInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  return ctx.db
    .select(documentColumns)
    .from(documents)
    .where(eq(documents.applicationId, input.applicationId))
    .orderBy(asc(documents.documentType));
}
