/** Helpers shared by the AI pipeline tests: a user with a resume library and an application, and an SSE reader. */
import { expect } from 'vitest';
import superjson from 'superjson';
import { fixtures } from '@jobforge/ai/testing';
import { call, ORIGIN, registerUser } from './harness.js';
import type { JobForgeApi } from '../../src/index.js';

const { backendResume, frontendResume, jobDescription, writingSample } = fixtures;

type Harness = { api: JobForgeApi };
export type User = Awaited<ReturnType<typeof registerUser>>;

export async function setUpUser(harness: Harness, name: string) {
  const user = await registerUser(harness.api, name);
  const as = async <T = any>(path: string, input: unknown, type: 'query' | 'mutation' = 'query') => {
    const result = await call<T>(harness.api, path, input, { token: user.token, type });
    return result;
  };
  await as('resumes.create', { name: 'Backend', content: backendResume, isPrimary: true }, 'mutation');
  await as('resumes.create', { name: 'Frontend', content: frontendResume }, 'mutation');
  await as('resumes.create', { name: 'Letter sample', content: writingSample, isWritingSample: true }, 'mutation');
  const app = await as<{ id: string }>(
    'applications.create',
    { companyName: 'Globex Pay', roleTitle: 'Senior Backend Engineer', jobDescription },
    'mutation',
  );
  if (!app.ok) throw new Error(app.text);
  return { user, as, applicationId: app.data.id };
}

/** Reads the SSE stream of ai.onProgress until the run ends. */
export async function followOverSse(harness: Harness, user: User, runId: string, lastEventId?: string) {
  const url = `${ORIGIN}/api/trpc/ai.onProgress?input=${encodeURIComponent(
    JSON.stringify(superjson.serialize({ runId, ...(lastEventId ? { lastEventId } : {}) })),
  )}`;
  const response = await harness.api.handleTrpcRequest(
    new Request(url, { headers: { authorization: `Bearer ${user.token}` } }),
    { requestId: 'sse' },
  );
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: any[] = [];
  let buffer = '';
  outer: for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = frame
        .split('\n')
        .find((l) => l.startsWith('data: '))
        ?.slice(6);
      if (!data || frame.includes('event: connected') || frame.includes('event: ping')) continue;
      const parsed = JSON.parse(data);
      const event = parsed.json !== undefined ? superjson.deserialize(parsed) : parsed;
      const id = frame
        .split('\n')
        .find((l) => l.startsWith('id: '))
        ?.slice(4);
      if (event && typeof event === 'object') Object.defineProperty(event, 'eventId', { value: id, enumerable: false });
      events.push(event);
      if ((event as any)?.type === 'finished' || (event as any)?.type === 'failed') break outer;
    }
  }
  await reader.cancel().catch(() => {});
  return events;
}
