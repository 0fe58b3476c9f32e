/**
 * The browser's session cookie carries only the session token; the session itself lives in the
 * database so it can be listed and revoked.
 */
export const SESSION_COOKIE_NAME = 'jobforge_session';

export interface CookieOptions {
  /** Set when the app is served over https (PUBLIC_URL starts with https://). */
  secure: boolean;
}

export function serializeSessionCookie(token: string, expiresAt: Date, options: CookieOptions): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return [
    `${SESSION_COOKIE_NAME}=${token}`,
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
    `${SESSION_COOKIE_NAME}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Reads our cookie from a Cookie header; tolerant of other cookies and odd spacing. */
export function readSessionCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() !== SESSION_COOKIE_NAME) continue;
    const value = part.slice(separator + 1).trim();
    return value === '' ? null : value;
  }
  return null;
}
