import { and, desc, documentVersions, eq, lt } from '@jobforge/db';
import { firstChange } from '@jobforge/domain';
import { versionColumns } from './version-columns.js';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { findDocument } from './document-store.js';
import { HISTORY_PAGE_SIZE, type DocumentHistoryInput } from './history.schema.js';

/**
 * One page of a document's earlier versions, newest first, as metadata: who wrote each and when,
 * its length and where it first differs from the current text. The texts themselves come one at a
 * time from documents.version, so a long history never travels whole.
 */
export async function documentHistory({ ctx, input }: HandlerArgs<ProtectedContext, DocumentHistoryInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const current = await findDocument(ctx.db, input.applicationId, input.type);
  if (!current) return { current: null, versions: [], nextCursor: null };
  const limit = input.limit ?? HISTORY_PAGE_SIZE;
  const rows = await ctx.db
    .select(versionColumns)
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.documentId, current.id),
        input.before === undefined ? undefined : lt(documentVersions.version, input.before),
      ),
    )
    .orderBy(desc(documentVersions.version), desc(documentVersions.createdAt))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const { content: currentText, ...currentMeta } = current;
  return {
    current: { ...currentMeta, characters: currentText.length },
    versions: page.map(({ content, ...meta }) => ({
      ...meta,
      characters: content.length,
      firstChange: firstChange(content, currentText),
    })),
    nextCursor: rows.length > limit ? page.at(-1)!.version : null,
  };
}
