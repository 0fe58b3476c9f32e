import { readSessionCookie, type CookieOptions } from './cookies.js';

export interface PresentedCredentials {
  token: string;
  /** Cookie-borne credentials are sent by browsers automatically, so they need the same-origin check. */
  via: 'cookie' | 'bearer';
}

/** An Authorization header wins over the cookie: a typed client states who it is explicitly. */
export function readCredentials(
  headers: Headers,
  cookieOptions: CookieOptions = { secure: false },
): PresentedCredentials | null {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? { token: match[1]!, via: 'bearer' } : { token: '', via: 'bearer' };
  }
  const cookieToken = readSessionCookie(headers.get('cookie'), cookieOptions);
  return cookieToken ? { token: cookieToken, via: 'cookie' } : null;
}
