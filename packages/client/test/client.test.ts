import { expect, it } from 'vitest';
import superjson from 'superjson';
import { createJobForgeClient, isJobForgeError } from '../src/index.js';

function recordingFetch(respond: (url: string) => unknown, status = 200) {
  const seen: Array<{ url: string; authorization: string | null }> = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify([respond(url)]), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { seen, fetchImpl };
}

it('calls /api/trpc under the given URL with the bearer token and decodes superjson', async () => {
  const createdAt = new Date('2026-01-02T03:04:05Z');
  const { seen, fetchImpl } = recordingFetch(() => ({
    result: { data: superjson.serialize([{ id: 'a', createdAt }]) },
  }));
  const client = createJobForgeClient({ url: 'https://jobs.example.com/', token: 'id.secret', fetch: fetchImpl });
  const list = (await client.applications.list.query({})) as unknown as Array<{ createdAt: Date }>;
  expect(list[0]!.createdAt).toEqual(createdAt);
  expect(seen[0]!.url.startsWith('https://jobs.example.com/api/trpc/applications.list?batch=1')).toBe(true);
  expect(seen[0]!.authorization).toBe('Bearer id.secret');
});

it('reads the token lazily and surfaces API errors with their code', async () => {
  // Reassigned below, after the client was created: that is the point of the test.
  // eslint-disable-next-line prefer-const
  let token: string | undefined;
  const { seen, fetchImpl } = recordingFetch(
    () => ({
      error: superjson.serialize({
        code: -32001,
        message: 'Sign in to continue',
        data: { code: 'UNAUTHORIZED', httpStatus: 401 },
      }),
    }),
    401,
  );
  const client = createJobForgeClient({ url: 'http://127.0.0.1:1', token: () => token, fetch: fetchImpl });
  const failure = await client.auth.me.query().catch((error: unknown) => error);
  expect(seen[0]!.authorization).toBeNull();
  expect(isJobForgeError(failure)).toBe(true);
  if (isJobForgeError(failure)) expect(failure.data?.code).toBe('UNAUTHORIZED');
  token = 'later.token';
  await client.auth.me.query().catch(() => undefined);
  expect(seen[1]!.authorization).toBe('Bearer later.token');
});
