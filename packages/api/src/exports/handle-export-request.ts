/**
 * GET /export/...: a download. The source is loaded through exportSourcesRouter (authentication by
 * cookie or bearer token, then one row-level-secured transaction); the file is rendered after that
 * transaction has committed, so no connection waits on a PDF. Anything that is not the person's own
 * (another user's id, an unknown id, a malformed path) is the same 404.
 */
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { contactFromResume, contentDisposition, exportDocument, fileStem, letterDate } from '@jobforge/export';
import { createRequestContext, type ApiServices } from '../context.js';
import { UNEXPECTED_MESSAGE } from '../errors.js';
import { createCallerFactory } from '../trpc.js';
import { exportSourcesRouter } from './_router.js';
import { serveAccountData } from './serve-account-data.js';
import { parseExportOptions, parseExportPath } from './export-path.js';
import type { ExportSource } from './export-source.js';

const createCaller = createCallerFactory(exportSourcesRouter);
export type ExportSourcesCaller = ReturnType<typeof createCaller>;

export async function handleExportRequest(
  services: ApiServices,
  request: Request,
  meta: { requestId: string; clientIp?: string | null },
): Promise<Response> {
  const responseHeaders = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  const reply = (status: number, message: string) => {
    responseHeaders.set('content-type', 'text/plain; charset=utf-8');
    return new Response(`${message}\n`, { status, headers: responseHeaders });
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    responseHeaders.set('allow', 'GET, HEAD');
    return reply(405, 'Downloads are read with GET.');
  }
  const url = new URL(request.url);
  const target = parseExportPath(url.pathname);
  if (!target) return reply(404, 'Not found.');
  const parsed = parseExportOptions(url.searchParams);
  if ('error' in parsed) return reply(400, parsed.error);
  const { options } = parsed;

  const caller = createCaller(createRequestContext(services, request, meta, responseHeaders));
  if (target.kind === 'account') return serveAccountData(caller, request, responseHeaders, reply);
  let source: ExportSource;
  try {
    source =
      target.kind === 'application'
        ? await caller.applicationDocument({ applicationId: target.applicationId, type: target.type })
        : await caller.libraryResume({ resumeId: target.resumeId });
  } catch (error) {
    if (error instanceof TRPCError) return reply(getHTTPStatusCodeFromError(error), error.message);
    throw error;
  }

  const paper = options.paper ?? 'a4';
  try {
    const file = await exportDocument({
      kind: source.kind,
      markdown: source.markdown,
      format: target.format,
      template: options.template,
      paper,
      title: source.title,
      author: source.author,
      letter: source.letterhead
        ? {
            contact: contactFromResume(source.letterhead.resumeMarkdown, source.letterhead),
            date: letterDate(options.date, paper),
          }
        : undefined,
    });
    responseHeaders.set('content-type', file.contentType);
    responseHeaders.set('content-length', String(file.bytes.byteLength));
    responseHeaders.set(
      'content-disposition',
      contentDisposition(`${fileStem(source.fileName)}.${file.extension}`, options.inline ? 'inline' : 'attachment'),
    );
    const { buffer, byteOffset, byteLength } = file.bytes;
    const body = request.method === 'HEAD' ? null : (buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
    return new Response(body, { status: 200, headers: responseHeaders });
  } catch (error) {
    services.logger.error({ err: error, requestId: meta.requestId, path: url.pathname }, 'export failed');
    return reply(500, `${UNEXPECTED_MESSAGE} Reference: ${meta.requestId}`);
  }
}
