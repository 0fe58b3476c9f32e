import type { AppLoadContext } from '@remix-run/node';
import { isDocumentType, isUuid, type DocumentType } from '@jobforge/domain';
import { serverApi } from './api.server';

/** The application and document type named by a document route's URL, or null when malformed. */
function readDocumentKey(
  params: Record<string, string | undefined>,
): { applicationId: string; type: DocumentType } | null {
  const { applicationId, type } = params;
  return isUuid(applicationId) && isDocumentType(type) ? { applicationId, type } : null;
}

/**
 * What every loader and action of a document route starts with: the API for this request and the
 * document its URL names. A malformed URL is a 404 before anything is asked of the API.
 */
export function documentRoute(request: Request, context: AppLoadContext, params: Record<string, string | undefined>) {
  const api = serverApi(request, context);
  const key = readDocumentKey(params);
  if (!key) throw api.fail(404, 'Document not found');
  return { api, key };
}
