import { desc, documentVersions, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { findDocument } from './document-store.js';
import type { DocumentHistoryInput } from './history.schema.js';

/** The current text and every earlier one, newest first. */
export async function documentHistory({ ctx, input }: HandlerArgs<ProtectedContext, DocumentHistoryInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const current = await findDocument(ctx.db, input.applicationId, input.type);
  if (!current) return { current: null, versions: [] };
  const versions = await ctx.db
    .select({
      id: documentVersions.id,
      version: documentVersions.version,
      content: documentVersions.content,
      source: documentVersions.source,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, current.id))
    .orderBy(desc(documentVersions.version), desc(documentVersions.createdAt));
  return { current, versions };
}
