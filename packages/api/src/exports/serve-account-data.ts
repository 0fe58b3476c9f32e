/**
 * GET /export/account.json: the person's data as one JSON file to keep (what a privacy law calls
 * the right of access and portability). Dates are ISO 8601 text.
 */
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { contentDisposition } from '@jobforge/export';
import type { ExportSourcesCaller } from './handle-export-request.js';

export async function serveAccountData(
  caller: ExportSourcesCaller,
  request: Request,
  responseHeaders: Headers,
  reply: (status: number, message: string) => Response,
): Promise<Response> {
  let data: Awaited<ReturnType<ExportSourcesCaller['accountData']>>;
  try {
    data = await caller.accountData();
  } catch (error) {
    if (error instanceof TRPCError) return reply(getHTTPStatusCodeFromError(error), error.message);
    throw error;
  }
  const bytes = new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
  const day = data.exportedAt.toISOString().slice(0, 10);
  responseHeaders.set('content-type', 'application/json; charset=utf-8');
  responseHeaders.set('content-length', String(bytes.byteLength));
  responseHeaders.set('content-disposition', contentDisposition(`jobforge-data-${day}.json`, 'attachment'));
  return new Response(request.method === 'HEAD' ? null : bytes, { status: 200, headers: responseHeaders });
}
