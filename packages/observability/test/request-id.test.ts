import { describe, expect, it } from 'vitest';
import { isValidRequestId, requestIdFrom } from '../src/request-id.js';

describe('requestIdFrom', () => {
  it('keeps a safe incoming id', () => {
    expect(requestIdFrom('abc123-def456')).toBe('abc123-def456');
    expect(requestIdFrom(['0123456789abcdef', 'other-one'])).toBe('0123456789abcdef');
  });

  it('replaces missing, short, long or unsafe ids with a UUID', () => {
    for (const bad of [
      undefined,
      null,
      '',
      'short',
      'a'.repeat(129),
      'evil\nline-injection',
      'spaces in id',
      '<script>x',
    ]) {
      const id = requestIdFrom(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(isValidRequestId(id)).toBe(true);
    }
  });
});
