/**
 * Cross-site request forgery check for state-changing requests that a browser could send on its
 * own (cookie-authenticated, or login/registration). Browsers always send Origin on POST and modern
 * ones send Sec-Fetch-Site; a request from our own pages carries our origin. Non-browser clients
 * send neither header and authenticate with a bearer token, which a forged request cannot attach.
 */
export interface OriginCheckOptions {
  /** Origins the app is served from (PUBLIC_URL's origin). The request URL's own origin is always allowed. */
  allowedOrigins: readonly string[];
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(request: Request, options: OriginCheckOptions): OriginVerdict {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { ok: false, reason: `request came from a ${fetchSite} page` };
  }
  const origin = request.headers.get('origin');
  if (origin === null) return { ok: true };
  const allowed = new Set(options.allowedOrigins.map(originOf).filter((value) => value !== null));
  const own = originOf(request.url);
  if (own) allowed.add(own);
  if (!allowed.has(origin)) return { ok: false, reason: `origin ${origin} is not this application` };
  return { ok: true };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
