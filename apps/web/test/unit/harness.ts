/**
 * Calls route loaders and actions the way Remix does, with a real API over a fresh test database,
 * and reads back what they answered: data, a redirect, or a thrown error response.
 */
import { expect } from 'vitest';
import type { AppLoadContext } from '@remix-run/node';
import { createApi, type JobForgeApi } from '@jobforge/api';
import { loadConfig } from '@jobforge/config';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { action as registerAction } from '~/routes/_auth.register';

export const ORIGIN = 'http://localhost:3000';

export interface TestApp {
  api: JobForgeApi;
  database: TestDatabase;
  /** A load context; `clientIp` separates callers for the per-address sign-in throttle. */
  context(clientIp?: string): AppLoadContext;
  close(): Promise<void>;
}

let requestCounter = 0;

/** `env`: settings for this app, such as quotas (JOBFORGE_MAX_*). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const api = await createApi({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }), database });
  return {
    api,
    database,
    context: (clientIp = '127.0.0.1') => ({ api, requestId: `req-${++requestCounter}`, clientIp }),
    async close() {
      await api.shutdown();
      await database.close();
    },
  };
}

export interface Answer<T = any> {
  kind: 'data' | 'redirect' | 'thrown';
  status: number;
  data: T;
  headers: Headers;
  location: string | null;
}

interface DataWithInit {
  type: 'DataWithResponseInit';
  data: unknown;
  init: ResponseInit | null;
}

function isDataWithInit(value: unknown): value is DataWithInit {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'DataWithResponseInit';
}

async function read(value: unknown, thrown: boolean): Promise<Answer> {
  if (value instanceof Response) {
    const location = value.headers.get('location');
    const text = await value.text();
    return {
      kind: location ? 'redirect' : thrown ? 'thrown' : 'data',
      status: value.status,
      data: text ? JSON.parse(text) : null,
      headers: value.headers,
      location,
    };
  }
  if (isDataWithInit(value)) {
    return {
      kind: thrown ? 'thrown' : 'data',
      status: value.init?.status ?? 200,
      data: value.data,
      headers: new Headers(value.init?.headers),
      location: null,
    };
  }
  if (thrown) throw value;
  return { kind: 'data', status: 200, data: value, headers: new Headers(), location: null };
}

type RouteFunction = (args: {
  request: Request;
  context: AppLoadContext;
  params: Record<string, string | undefined>;
}) => unknown;

export async function call(
  fn: RouteFunction,
  request: Request,
  context: AppLoadContext,
  params: Record<string, string | undefined> = {},
): Promise<Answer> {
  try {
    return await read(await fn({ request, context, params }), false);
  } catch (error) {
    return read(error, true);
  }
}

export function get(path: string, cookie?: string): Request {
  return new Request(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} });
}

export function post(path: string, fields: Record<string, string | Blob>, cookie?: string): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    body,
    headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
  });
}

/** "jobforge_session=..." from an answer's Set-Cookie, for the next request. */
export function sessionCookie(headers: Headers): string {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('jobforge_session='));
  if (!cookie) throw new Error('no session cookie was set');
  return cookie.split(';')[0]!;
}

/** Signs a new user up through the register page, as a browser would, and returns their session cookie. */
export async function register(app: TestApp, name: string): Promise<string> {
  const answer = await call(
    registerAction,
    post('/register', {
      fullName: name,
      email: `${name.toLowerCase()}-${Date.now()}@example.com`,
      password: `${name} writes long passphrases`,
      redirectTo: '/',
    }),
    app.context(),
  );
  expect(answer.kind).toBe('redirect');
  return sessionCookie(answer.headers);
}
