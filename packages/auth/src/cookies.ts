/**
 * The browser's session cookie carries only the session token; the session itself lives in the
 * database so it can be listed and revoked.
 */
export const SESSION_COOKIE_NAME = 'jobforge_session';
/**
 * Over https the cookie is `__Host-jobforge_session`: browsers accept that name only with Secure,
 * Path=/ and no Domain, set by this very host over https, so neither a sibling subdomain nor a
 * plain-http man in the middle can plant a session cookie (session fixation). Only that name is
 * read over https.
 */
export const SECURE_SESSION_COOKIE_NAME = `__Host-${SESSION_COOKIE_NAME}`;

export interface CookieOptions {
  /** Set when the app is served over https (PUBLIC_URL starts with https://). */
  secure: boolean;
}

export function sessionCookieName(options: CookieOptions): string {
  return options.secure ? SECURE_SESSION_COOKIE_NAME : SESSION_COOKIE_NAME;
}

export function serializeSessionCookie(token: string, expiresAt: Date, options: CookieOptions): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return [
    `${sessionCookieName(options)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    `Expires=${expiresAt.toUTCString()}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function serializeClearedSessionCookie(options: CookieOptions): string {
  return [
    `${sessionCookieName(options)}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Reads our cookie from a Cookie header; tolerant of other cookies and odd spacing. */
export function readSessionCookie(
  cookieHeader: string | null,
  options: CookieOptions = { secure: false },
): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(options);
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return value === '' ? null : value;
  }
  return null;
}
