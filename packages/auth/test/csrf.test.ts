import { describe, expect, it } from 'vitest';
import { checkSameOrigin } from '../src/csrf.js';

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
