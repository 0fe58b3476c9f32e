/**
 * Where to send someone after login: only a path on this site. Anything else (an absolute URL,
 * a protocol-relative `//host`, a backslash trick) falls back, so the login page cannot be used
 * to forward a user to another site.
 */
export function safeRedirectPath(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || target.length === 0 || target.length > 2048) return fallback;
  if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(target)) return fallback;
  if (target.startsWith('/login') || target.startsWith('/register') || target.startsWith('/logout')) return fallback;
  return target;
}

/** `page` carrying where to go back to afterwards; home, the default, is left out of the URL. */
export function withRedirectTo(page: '/login' | '/register', back: string): string {
  return back && back !== '/' ? `${page}?redirectTo=${encodeURIComponent(back)}` : page;
}

/** The login URL that brings the user back to `url` (path and query) afterwards. */
export function loginPathFor(url: string): string {
  const { pathname, search } = new URL(url);
  return withRedirectTo('/login', safeRedirectPath(`${pathname}${search}`, ''));
}
