/** The documents exactly as they were sent (sent_documents), read for the application's pages. */
import { and, eq, sentDocuments, type UserTx } from '@jobforge/db';
import { notFound } from '../errors.js';
import type { SentDocumentInput } from './sent-document.schema.js';

export async function findSent(db: UserTx, applicationId: string, type: SentDocumentInput['type']) {
  const [sent] = await db
    .select({
      documentType: sentDocuments.documentType,
      version: sentDocuments.version,
      content: sentDocuments.content,
      source: sentDocuments.source,
      sentAt: sentDocuments.sentAt,
    })
    .from(sentDocuments)
    .where(and(eq(sentDocuments.applicationId, applicationId), eq(sentDocuments.documentType, type)));
  if (!sent) throw notFound('Sent document');
  return sent;
}

/** What was sent, without the texts: for the application page. */
export async function sentSummary(db: UserTx, applicationId: string) {
  return db
    .select({
      documentType: sentDocuments.documentType,
      version: sentDocuments.version,
      source: sentDocuments.source,
      sentAt: sentDocuments.sentAt,
    })
    .from(sentDocuments)
    .where(eq(sentDocuments.applicationId, applicationId))
    .orderBy(sentDocuments.documentType);
}
