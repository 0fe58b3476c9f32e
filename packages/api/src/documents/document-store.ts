/**
 * Saving a document never loses text: the text being replaced is kept in document_versions first.
 * `version` counts saves; a caller that says which version it edited gets CONFLICT when someone (or
 * an AI run) saved in between, rather than silently overwriting that newer text.
 * Used by documents.update/restore and by the AI runs that write phase outputs.
 */
import { TRPCError } from '@trpc/server';
import { and, documents, documentVersions, eq, type UserTx, isUniqueViolation, sqlStateOf } from '@jobforge/db';
import type { DocumentSource, DocumentType } from '@jobforge/domain';
import { enforceQuotas, type QuotaScope } from '../quotas/account-quotas.js';
import { pruneVersions } from '../quotas/prune-versions.js';

export const documentColumns = {
  id: documents.id,
  applicationId: documents.applicationId,
  documentType: documents.documentType,
  content: documents.content,
  version: documents.version,
  source: documents.source,
  author: documents.author,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
};

const byKey = (applicationId: string, type: DocumentType) =>
  and(eq(documents.applicationId, applicationId), eq(documents.documentType, type));

export async function findDocument(db: UserTx, applicationId: string, type: DocumentType) {
  const [row] = await db.select(documentColumns).from(documents).where(byKey(applicationId, type)).limit(1);
  return row ?? null;
}

/** The row a save replaces, locked, with the posting hash (compared on the server, never sent to clients). */
async function lockDocument(db: UserTx, applicationId: string, type: DocumentType) {
  const [row] = await db
    .select({ ...documentColumns, postingHash: documents.postingHash })
    .from(documents)
    .where(byKey(applicationId, type))
    .limit(1)
    .for('update');
  return row ?? null;
}

export interface SaveDocumentInput {
  applicationId: string;
  type: DocumentType;
  content: string;
  source: DocumentSource;
  baseVersion?: number | undefined;
  /** The engine and model of an AI text (see `authorOf`); ignored for the user's own saves. */
  author?: string | undefined;
  /** The job description an AI run wrote from; a user's save keeps the one the text came from. */
  postingHash?: string | undefined;
}

function staleSave(current: number, base: number): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message:
      `This document was saved elsewhere since you opened it (you edited version ${base}, it is now version ${current}). ` +
      'Your text was not saved: copy it, reload the document, and apply your changes again.',
  });
}

/**
 * The caller must have checked that the application belongs to the user (RLS enforces it as well).
 * Older versions beyond the account's limit are pruned, and the account's storage limit is enforced.
 */
export async function saveDocument(db: UserTx, input: SaveDocumentInput, scope: QuotaScope) {
  const current = await lockDocument(db, input.applicationId, input.type);
  if (!current) {
    if (input.baseVersion !== undefined && input.baseVersion !== 0) throw staleSave(0, input.baseVersion);
    try {
      const [created] = await db
        .insert(documents)
        .values({
          applicationId: input.applicationId,
          documentType: input.type,
          content: input.content,
          source: input.source,
          author: input.source === 'ai' ? input.author ?? null : null,
          postingHash: input.postingHash ?? null,
          version: 1,
        })
        .returning(documentColumns);
      await enforceQuotas(db, scope);
      return created!;
    } catch (error) {
      if (isUniqueViolation(error)) throw staleSave(1, 0);
      // The application was deleted between the ownership check and this insert.
      if (sqlStateOf(error) === '23503') throw new TRPCError({ code: 'NOT_FOUND', message: 'Application not found' });
      throw error;
    }
  }
  if (input.baseVersion !== undefined && input.baseVersion !== current.version) {
    throw staleSave(current.version, input.baseVersion);
  }
  if (current.content === input.content && current.source === input.source) return current;
  await db.insert(documentVersions).values({
    documentId: current.id,
    applicationId: current.applicationId,
    version: current.version,
    content: current.content,
    source: current.source,
    author: current.author,
    writtenAt: current.updatedAt,
  });
  const [updated] = await db
    .update(documents)
    .set({
      content: input.content,
      source: input.source,
      author: input.source === 'ai' ? input.author ?? null : null,
      postingHash: input.postingHash ?? current.postingHash,
      version: current.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(documents.id, current.id))
    .returning(documentColumns);
  await pruneVersions(db, current.id, input.type, scope.quotas.versionsPerDocument);
  await enforceQuotas(db, scope);
  return updated!;
}
