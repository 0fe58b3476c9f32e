/** One account change per request: the batch guard in front of the tRPC handler. */
import { TRPC_PREFIX_PATH } from './paths.js';

/**
 * A batch runs its procedures in parallel: with several sign-ins in one request, a guesser would
 * get a burst past any per-request limit. One auth mutation per request, then.
 */
export function refuseAuthBatch(request: Request): Response | null {
  if (request.method !== 'POST') return null;
  const { pathname } = new URL(request.url);
  const names = pathname.slice(TRPC_PREFIX_PATH.length + 1).split(',');
  if (names.length < 2) return null;
  const authCalls = names.filter((name) => decodeSafely(name).startsWith('auth.')).length;
  if (authCalls < 2) return null;
  return Response.json(
    {
      error: {
        json: {
          code: -32600,
          message: 'Send one sign-in, sign-up or other account change per request, not several in one batch.',
          data: { code: 'BAD_REQUEST', httpStatus: 400, requestId: null, fieldErrors: null },
        },
      },
    },
    { status: 400 },
  );
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
