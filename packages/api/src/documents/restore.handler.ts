import { and, documentVersions, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { notFound } from '../errors.js';
import { findDocument, saveDocument } from './document-store.js';
import { quotaScopeOf } from '../quotas/account-quotas.js';
import type { RestoreDocumentInput } from './restore.schema.js';

/** Brings an earlier text back as a new save, so the text it replaces becomes a version too. */
export async function restoreDocument({ ctx, input }: HandlerArgs<ProtectedContext, RestoreDocumentInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const current = await findDocument(ctx.db, input.applicationId, input.type);
  if (!current) throw notFound('Document');
  const [version] = await ctx.db
    .select({ content: documentVersions.content })
    .from(documentVersions)
    .where(and(eq(documentVersions.id, input.versionId), eq(documentVersions.documentId, current.id)));
  if (!version) throw notFound('Document version');
  return saveDocument(
    ctx.db,
    {
      applicationId: input.applicationId,
      type: input.type,
      content: version.content,
      source: 'user',
      baseVersion: input.baseVersion,
    },
    quotaScopeOf(ctx),
  );
}
