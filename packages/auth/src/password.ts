/**
 * Password hashing with argon2id at OWASP's minimum parameters (m=19456 KiB, t=2, p=1).
 * The algorithm is @node-rs/argon2's default (argon2id); its `Algorithm` const enum cannot be
 * imported under isolatedModules, so it is not named here and a test checks the PHC prefix instead.
 */
import { hash, verify } from '@node-rs/argon2';
import { passwordLengthProblem } from '@jobforge/domain';
import { isCommonPassword } from './common-passwords.js';

const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error.
    return false;
  }
}

/**
 * Hashed once per process and verified against for unknown emails, so a login for an address
 * with no account does the same argon2 work as one with a wrong password.
 */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummyHash(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('job-forge-dummy-password-for-equal-work');
  return dummyHash.then((stored) => verifyPassword(stored, password)).then(() => false);
}

/** Returns why a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  const lengthProblem = passwordLengthProblem(password);
  if (lengthProblem) return lengthProblem;
  if (isCommonPassword(password)) {
    return 'is one of the most common passwords; choose one that is harder to guess';
  }
  return null;
}
