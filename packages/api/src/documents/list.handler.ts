import { asc, documents, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { previewColumns, withExcerpt } from '../shared/text-preview.js';
import { documentColumns } from './document-store.js';
import type { ListDocumentsInput } from './list.schema.js';

const { content: _text, ...documentSummaryColumns } = documentColumns;
const documentListColumns = { ...documentSummaryColumns, ...previewColumns(documents.content) };

/** An application's documents with an excerpt and the length instead of the text (documents.get has it). */
export async function listDocuments({ ctx, input }: HandlerArgs<ProtectedContext, ListDocumentsInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const rows = await ctx.db
    .select(documentListColumns)
    .from(documents)
    .where(eq(documents.applicationId, input.applicationId))
    .orderBy(asc(documents.documentType));
  return rows.map(withExcerpt);
}
