/**
 * Drives the API the way a client does: tRPC's HTTP wire format through the real fetch handler.
 */
import { afterAll, beforeAll } from 'vitest';
import superjson from 'superjson';
import { loadConfig } from '@jobforge/config';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { SESSION_COOKIE_NAME } from '@jobforge/auth';
import type { Logger } from '@jobforge/observability';
import { createApi, type CreateApiOptions, type JobForgeApi } from '../../src/index.js';

export const ORIGIN = 'http://localhost:3000';

export interface Harness {
  api: JobForgeApi;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createHarness(
  env: Record<string, string> = {},
  logger?: Logger,
  options: Partial<Pick<CreateApiOptions, 'postingFetch'>> = {},
): Promise<Harness> {
  const database = await createTestDatabase();
  const api = await createApi({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }),
    database,
    ...(logger ? { logger } : {}),
    // Posting imports never leave this machine in tests (the fuzz suites send sample URLs).
    postingFetch: { denyPublic: true, ...options.postingFetch },
  });
  return {
    api,
    database,
    async close() {
      await api.shutdown();
      await database.close();
    },
  };
}

export interface CallOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
  type?: 'query' | 'mutation';
  clientIp?: string;
  /** Send this exact body/query value instead of the superjson encoding of `input`. */
  raw?: string;
}

export interface CallResult<T = unknown> {
  status: number;
  ok: boolean;
  data: T;
  error: {
    message: string;
    code: number;
    data: { code: string; httpStatus: number; requestId: string | null; fieldErrors: unknown };
  } | null;
  headers: Headers;
  text: string;
}

let requestCounter = 0;

export async function call<T = any>(
  api: JobForgeApi,
  path: string,
  input: unknown,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const type = options.type ?? 'query';
  const encoded = options.raw ?? JSON.stringify(superjson.serialize(input));
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.cookie) headers.set('cookie', options.cookie);
  let request: Request;
  if (type === 'query') {
    const query = input === undefined && options.raw === undefined ? '' : `?input=${encodeURIComponent(encoded)}`;
    request = new Request(`${ORIGIN}/api/trpc/${path}${query}`, { headers });
  } else {
    headers.set('content-type', 'application/json');
    request = new Request(`${ORIGIN}/api/trpc/${path}`, { method: 'POST', headers, body: encoded });
  }
  requestCounter += 1;
  const response = await api.handleTrpcRequest(request, {
    requestId: `test-${requestCounter}`,
    clientIp: options.clientIp ?? '127.0.0.1',
  });
  const text = await response.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const error = parsed?.error ? (superjson.deserialize(parsed.error) as CallResult['error']) : null;
  const data = parsed?.result?.data !== undefined ? (superjson.deserialize(parsed.result.data) as T) : (undefined as T);
  return { status: response.status, ok: response.ok, data, error, headers: response.headers, text };
}

export function sessionCookieFrom(headers: Headers): string | null {
  for (const value of headers.getSetCookie()) {
    if (value.startsWith(`${SESSION_COOKIE_NAME}=`) || value.startsWith(`__Host-${SESSION_COOKIE_NAME}=`)) return value;
  }
  return null;
}

export function cookieHeader(setCookie: string): string {
  return setCookie.split(';')[0]!;
}

/** Registering costs an argon2 hash: tests share a few users per file. */
export async function registerUser(api: JobForgeApi, name: string) {
  const email = `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = `${name} likes long walks`;
  const result = await call<{ token: string; user: { id: string } }>(
    api,
    'auth.register',
    { email, password, fullName: name },
    { type: 'mutation' },
  );
  if (!result.ok) throw new Error(`register failed: ${result.text}`);
  return {
    email,
    password,
    token: result.data.token,
    id: result.data.user.id,
    setCookie: sessionCookieFrom(result.headers)!,
  };
}

export const sampleApplication = {
  companyName: 'Acme Rockets',
  roleTitle: 'Staff Engineer',
  jobDescription: 'Build rockets. TypeScript, PostgreSQL, distributed systems.',
};

/**
 * A fresh API and database for a test file, with one signed-in user: `as(path, input)` calls a
 * procedure as that user (`mutate` for mutations); `session.harness` and `session.user` are there
 * once the file's hooks ran.
 */
export function signedInHarness(name = 'ada') {
  const session = {} as { harness: Harness; user: Awaited<ReturnType<typeof registerUser>> };
  beforeAll(async () => {
    session.harness = await createHarness();
    session.user = await registerUser(session.harness.api, name);
  }, 60_000);
  afterAll(async () => session.harness?.close());
  const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'query') =>
    call<any>(session.harness.api, path, input, { token: session.user.token, type });
  const mutate = (path: string, input: unknown) => as(path, input, 'mutation');
  return { session, as, mutate };
}
