import { describe, expect, it } from 'vitest';
import {
  readSessionCookie,
  serializeClearedSessionCookie,
  serializeSessionCookie,
  SESSION_COOKIE_NAME,
} from '../src/cookies.js';

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
});
