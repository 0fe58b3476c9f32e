/**
 * The tRPC HTTP endpoint (/api/trpc/*) for the browser's live pieces and for typed clients.
 * The API answers completely, errors included; nothing here renders.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';

function handle({ request, context }: LoaderFunctionArgs | ActionFunctionArgs) {
  return context.api.handleTrpcRequest(request, { requestId: context.requestId, clientIp: context.clientIp ?? null });
}

export const loader = handle;
export const action = handle;
