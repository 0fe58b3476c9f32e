import { describe, expect, it } from 'vitest';
import {
  checkSameOrigin,
  readCredentials,
  readSessionCookie,
  serializeClearedSessionCookie,
  serializeSessionCookie,
  SESSION_COOKIE_NAME,
} from '../src/index.js';

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and Secure only over https', () => {
    const expires = new Date(Date.now() + 3_600_000);
    const plain = serializeSessionCookie('abc.def', expires, { secure: false });
    expect(plain).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=abc\\.def;`));
    expect(plain).toContain('HttpOnly');
    expect(plain).toContain('SameSite=Lax');
    expect(plain).toContain('Path=/');
    expect(plain).not.toContain('Secure');
    expect(serializeSessionCookie('abc.def', expires, { secure: true })).toContain('; Secure');
    expect(serializeClearedSessionCookie({ secure: false })).toContain('Max-Age=0');
  });

  it('is read back from a Cookie header among others', () => {
    expect(readSessionCookie(`a=1; ${SESSION_COOKIE_NAME}=x.y ; b=2`)).toBe('x.y');
    expect(readSessionCookie('a=1')).toBeNull();
    expect(readSessionCookie(null)).toBeNull();
    expect(readSessionCookie(`${SESSION_COOKIE_NAME}=`)).toBeNull();
  });

  it('prefers an Authorization header, and a malformed one does not fall back to the cookie', () => {
    const both = new Headers({ authorization: 'Bearer t.k', cookie: `${SESSION_COOKIE_NAME}=c.k` });
    expect(readCredentials(both)).toEqual({ token: 't.k', via: 'bearer' });
    expect(readCredentials(new Headers({ cookie: `${SESSION_COOKIE_NAME}=c.k` }))).toEqual({
      token: 'c.k',
      via: 'cookie',
    });
    expect(readCredentials(new Headers({ authorization: 'Basic xyz', cookie: `${SESSION_COOKIE_NAME}=c.k` }))).toEqual({
      token: '',
      via: 'bearer',
    });
    expect(readCredentials(new Headers())).toBeNull();
  });
});

describe('same-origin check', () => {
  const options = { allowedOrigins: ['https://jobs.example.com'] };
  const post = (headers: Record<string, string>, url = 'http://localhost:3000/api/trpc/x') =>
    new Request(url, { method: 'POST', headers });

  it('accepts our own pages and clients that are not browsers', () => {
    expect(
      checkSameOrigin(post({ origin: 'https://jobs.example.com', 'sec-fetch-site': 'same-origin' }), options).ok,
    ).toBe(true);
    expect(checkSameOrigin(post({ origin: 'http://localhost:3000' }), options).ok).toBe(true);
    expect(checkSameOrigin(post({}), options).ok).toBe(true);
    expect(checkSameOrigin(post({ 'sec-fetch-site': 'none' }), options).ok).toBe(true);
  });

  it('refuses other origins, sibling sites and opaque origins', () => {
    expect(checkSameOrigin(post({ origin: 'https://evil.example' }), options).ok).toBe(false);
    expect(checkSameOrigin(post({ origin: 'null' }), options).ok).toBe(false);
    expect(checkSameOrigin(post({ 'sec-fetch-site': 'cross-site' }), options).ok).toBe(false);
    expect(
      checkSameOrigin(post({ 'sec-fetch-site': 'same-site', origin: 'https://jobs.example.com' }), options).ok,
    ).toBe(false);
  });
});
