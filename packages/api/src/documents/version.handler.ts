import { and, documentVersions, documents, eq } from '@jobforge/db';
import { versionColumns } from './version-columns.js';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { notFound } from '../errors.js';
import type { DocumentVersionInput } from './version.schema.js';

/** One earlier version with its text, asked for when the history page opens it. */
export async function documentVersion({ ctx, input }: HandlerArgs<ProtectedContext, DocumentVersionInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const [version] = await ctx.db
    .select(versionColumns)
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(
      and(
        eq(documentVersions.id, input.versionId),
        eq(documents.applicationId, input.applicationId),
        eq(documents.documentType, input.type),
      ),
    );
  if (!version) throw notFound('Document version');
  return version;
}
