/**
 * GET /calendar/<token>.ics, answered without a session: the token in the path is the credential.
 * Every failure looks the same (404), the answer is never cached by a shared cache, and the page
 * that shows the address sends no Referer with it.
 */
import type { ApiServices } from '../context.js';
import { calendarFeedFor } from './render-feed.js';

const NOT_FOUND_BODY = 'No calendar at this address. Make a new address in Job Forge under Settings.\n';

export async function calendarFeedResponse(
  services: ApiServices,
  token: string,
  options: { requestId: string; origin: string },
): Promise<Response> {
  const headers = {
    'cache-control': 'private, no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex, nofollow',
    'x-request-id': options.requestId,
  };
  const appOrigin = services.config.publicUrl ? new URL(services.config.publicUrl).origin : options.origin;
  const body = await calendarFeedFor(services, token, appOrigin);
  if (body === null) {
    return new Response(NOT_FOUND_BODY, {
      status: 404,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="jobforge.ics"',
    },
  });
}
