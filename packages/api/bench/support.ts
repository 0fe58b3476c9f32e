/** What the AI benchmarks share: mutations straight into createApi's handler and a user with the fixture library. */
import superjson from 'superjson';
import { loadConfig } from '@jobforge/config';
import { fixtures } from '@jobforge/ai/testing';
import type { JobForgeApi } from '../src/index.js';

const ORIGIN = 'http://localhost:3000';
let counter = 0;

/** A tRPC mutation as an HTTP client sends it (superjson body, bearer token), without a socket. */
export async function mutate(api: JobForgeApi, path: string, input: unknown, token: string | null) {
  const request = new Request(`${ORIGIN}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(superjson.serialize(input)),
  });
  const response = await api.handleTrpcRequest(request, { requestId: `bench-${++counter}`, clientIp: '127.0.0.1' });
  const body = (await response.json()) as any;
  if (body.error) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
  return superjson.deserialize(body.result.data) as any;
}

/** Claude pointed at the mock, with budgets no benchmark reaches. */
export function benchConfig(mockUrl: string) {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ANTHROPIC_API_KEY: 'bench',
    ANTHROPIC_BASE_URL: mockUrl,
    JOBFORGE_CLAUDE_MODEL: 'claude-sonnet-5-5',
    JOBFORGE_DAILY_TOKEN_BUDGET: '1000000000',
    JOBFORGE_MAX_RUNS_PER_USER: '50',
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A new user with the fixture resume library and one application to run phases on. */
export async function signUpWithFixtures(api: JobForgeApi, emailPrefix: string) {
  const { token } = await mutate(
    api,
    'auth.register',
    { email: `${emailPrefix}-${Date.now()}@example.com`, password: 'bench password 123', fullName: 'Jane Doe' },
    null,
  );
  for (const entry of fixtures.library) {
    await mutate(
      api,
      'resumes.create',
      {
        name: entry.name,
        content: entry.content,
        isPrimary: Boolean(entry.isPrimary),
        isWritingSample: Boolean(entry.isWritingSample),
      },
      token,
    );
  }
  const { companyName, roleTitle, jobDescription } = fixtures.application;
  const application = await mutate(api, 'applications.create', { companyName, roleTitle, jobDescription }, token);
  return { token: token as string, applicationId: application.id as string };
}
