/**
 * applications.importPosting: the fields of a new application from a job posting, to prefill the
 * form; nothing is saved. A URL is fetched by @jobforge/safe-fetch (public addresses only, 2 MB,
 * 10 s); pasted HTML is read as is. No transaction: nothing here touches the database.
 */
import { TRPCError } from '@trpc/server';
import { extractPosting, ImportError } from '@jobforge/import';
import { fetchPublicPage, SafeFetchError } from '@jobforge/safe-fetch';
import type { AuthedContext, HandlerArgs } from '../context.js';
import type { ImportPostingInput } from './import-posting.schema.js';

function badField(field: 'url' | 'html', message: string): TRPCError {
  const cause = Object.assign(new Error(message), { issues: [{ path: [field], message }] });
  return new TRPCError({ code: 'BAD_REQUEST', message, cause });
}

export async function importPosting({ ctx, input }: HandlerArgs<AuthedContext, ImportPostingInput>) {
  const field = input.html?.trim() ? 'html' : 'url';
  try {
    const page =
      field === 'html'
        ? { body: input.html!, url: input.url ?? undefined }
        : await fetchPublicPage(input.url!, ctx.services.postingFetch);
    const posting = extractPosting(page.body, page.url);
    return {
      companyName: posting.companyName,
      roleTitle: posting.roleTitle,
      jobDescription: posting.jobDescription,
      ...(posting.location ? { location: posting.location } : {}),
      ...(posting.jobUrl ? { jobUrl: posting.jobUrl } : {}),
      source: posting.source,
    };
  } catch (error) {
    if (error instanceof SafeFetchError || error instanceof ImportError) throw badField(field, error.message);
    throw error;
  }
}
