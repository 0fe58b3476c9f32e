/**
 * Bearer secrets in the form `<id>.<secret>`, as in the Lucia sessions guide: the id finds the row,
 * the secret proves possession. Only SHA-256 of the secret is stored, and it is compared in constant
 * time, so a database leak yields no usable token and response timing says nothing about the hash.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 15 bytes = 120 bits for the id, 20 bytes = 160 bits for the secret. */
const ID_BYTES = 15;
const SECRET_BYTES = 20;

/** Personal API token ids carry this prefix so a bearer token is routed to the right table in one lookup. */
export const API_TOKEN_ID_PREFIX = 'pat_';

export interface GeneratedToken {
  id: string;
  secret: string;
  token: string;
  secretHash: string;
}

function randomBase32(bytes: number): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function generateToken(idPrefix = ''): GeneratedToken {
  const id = idPrefix + randomBase32(ID_BYTES);
  const secret = randomBase32(SECRET_BYTES);
  return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

const TOKEN_PATTERN = /^((?:pat_)?[a-z2-7]{24})\.([a-z2-7]{32})$/;

export interface ParsedToken {
  id: string;
  secret: string;
  kind: 'session' | 'api_token';
}

/** Anything that is not exactly a well-formed token is rejected before touching the database. */
export function parseToken(token: string): ParsedToken | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const id = match[1]!;
  return { id, secret: match[2]!, kind: id.startsWith(API_TOKEN_ID_PREFIX) ? 'api_token' : 'session' };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  let stored: Uint8Array;
  try {
    stored = decodeHex(storedHash);
  } catch {
    return false;
  }
  const presented = sha256(new TextEncoder().encode(secret));
  return stored.length === presented.length && constantTimeEqual(stored, presented);
}

export const SESSION_ID_PATTERN = /^[a-z2-7]{24}$/;
export const API_TOKEN_ID_PATTERN = /^pat_[a-z2-7]{24}$/;
