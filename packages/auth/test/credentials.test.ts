import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_NAME } from '../src/cookies.js';
import { readCredentials } from '../src/credentials.js';

describe('credentials of a request', () => {
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
