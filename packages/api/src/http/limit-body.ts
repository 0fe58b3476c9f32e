/**
 * Request body limits. The tRPC fetch adapter reads whole bodies without a limit, so oversized ones
 * are refused first, with 413 and a message in tRPC's error shape.
 */

/** Documents may hold 200,000 characters (up to 800 KB of UTF-8); leave room for the envelope. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** resumes.import carries a file of up to 5 MB as base64 (4/3 of it), called on its own (not batched). */
export const IMPORT_BODY_BYTES = 8 * 1024 * 1024;
const LARGE_BODY_PATHS = new Set([`/api/trpc/resumes.import`]);

/** The body limit of a tRPC request: larger for the one procedure that carries a file. */
export function bodyLimitFor(request: Request): number {
  return LARGE_BODY_PATHS.has(new URL(request.url).pathname) ? IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

/**
 * The fetch adapter reads whole bodies without a limit; refuse large ones first, by the declared
 * length or, for a body without one, by reading at most the limit (and handing on what was read).
 */
export async function limitBody(
  request: Request,
  limit = bodyLimitFor(request),
): Promise<{ request: Request } | { refused: Response }> {
  if (!request.body) return { request };
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared)) return declared <= limit ? { request } : { refused: payloadTooLarge(limit) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => {});
      return { refused: payloadTooLarge(limit) };
    }
    chunks.push(value);
  }
  return {
    request: new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: Buffer.concat(chunks),
      signal: request.signal,
    }),
  };
}

function payloadTooLarge(limit: number): Response {
  return Response.json(
    {
      error: {
        json: {
          code: -32600,
          message: `The request body is larger than ${limit / 1024 / 1024} MB.`,
          data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, requestId: null, fieldErrors: null },
        },
      },
    },
    { status: 413 },
  );
}
