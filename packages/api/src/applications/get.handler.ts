import { and, applications, asc, documents, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import { postingHash } from '../documents/authorship.js';
import { documentColumns } from '../documents/document-store.js';
import { applicationColumns } from './application-fields.js';
import type { ApplicationIdInput } from './by-id.schema.js';
import { sentSummary } from './sent-document-store.js';

const { applicationId: _application, ...documentFields } = documentColumns;

export async function getApplication({ ctx, input }: HandlerArgs<ProtectedContext, ApplicationIdInput>) {
  const [application] = await ctx.db
    .select(applicationColumns)
    .from(applications)
    .where(and(eq(applications.id, input.id), eq(applications.userId, ctx.user.id)));
  if (!application) throw notFound('Application');
  const documentRows = await ctx.db
    .select({ ...documentFields, postingHash: documents.postingHash })
    .from(documents)
    .where(eq(documents.applicationId, application.id))
    .orderBy(asc(documents.documentType));
  const posting = postingHash(application.jobDescription);
  // A text an AI run wrote from an earlier job description (edited since or not) is out of date.
  const withPostingState = documentRows.map(({ postingHash: madeFrom, ...document }) => ({
    ...document,
    madeFromOlderPosting: madeFrom !== null && madeFrom !== posting,
  }));
  return { ...application, documents: withPostingState, sent: await sentSummary(ctx.db, application.id) };
}
