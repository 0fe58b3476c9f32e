import { isDocumentType, isUuid, type DocumentType } from '@jobforge/domain';

/** The application and document type named by a document route's URL, or null when malformed. */
export function readDocumentKey(
  params: Record<string, string | undefined>,
): { applicationId: string; type: DocumentType } | null {
  const { applicationId, type } = params;
  return isUuid(applicationId) && isDocumentType(type) ? { applicationId, type } : null;
}
