import { describe, expect, it } from 'vitest';
import {
  generateToken,
  hashPassword,
  hashSecret,
  parseToken,
  passwordProblem,
  secretMatches,
  verifyAgainstDummyHash,
  verifyPassword,
  API_TOKEN_ID_PREFIX,
} from '../src/index.js';

describe('passwords', () => {
  it('hashes with argon2id at m=19456, t=2, p=1 and verifies', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterx')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch, and the dummy check always fails', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever it is')).toBe(false);
    expect(await verifyAgainstDummyHash('job-forge-dummy-password-for-equal-work')).toBe(false);
  });

  it('explains why a password is refused', () => {
    expect(passwordProblem('short')).toMatch(/at least 8/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem('Password123')).toMatch(/most common/);
    expect(passwordProblem('quiet meadow lantern')).toBeNull();
    // Length counts characters, not UTF-16 units.
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑🔑')).toMatch(/at least 8/);
  });
});

describe('tokens', () => {
  it('has at least 120 bits in the id and the secret, and stores only the hash', () => {
    const { id, secret, token, secretHash } = generateToken();
    expect(id).toMatch(/^[a-z2-7]{24}$/);
    expect(secret).toMatch(/^[a-z2-7]{32}$/);
    expect(token).toBe(`${id}.${secret}`);
    expect(secretHash).toBe(hashSecret(secret));
    expect(secretHash).not.toContain(secret);
    expect(generateToken().token).not.toBe(token);
  });

  it('parses well-formed tokens and tells session and API tokens apart', () => {
    const session = generateToken();
    const personal = generateToken(API_TOKEN_ID_PREFIX);
    expect(parseToken(session.token)).toEqual({ id: session.id, secret: session.secret, kind: 'session' });
    expect(parseToken(personal.token)?.kind).toBe('api_token');
    for (const bad of [
      '',
      '.',
      session.id,
      `${session.token}x`,
      `${session.id}.${session.secret.toUpperCase()}`,
      `a.b`,
      `${session.token}\n`,
    ]) {
      expect(parseToken(bad)).toBeNull();
    }
  });

  it('compares secrets against the stored hash', () => {
    const { secret, secretHash } = generateToken();
    expect(secretMatches(secret, secretHash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}a`, secretHash)).toBe(secret.endsWith('a'));
    expect(secretMatches(secret, 'zz')).toBe(false);
    expect(secretMatches(secret, '')).toBe(false);
  });
});
