/** Helpers shared by the AI pipeline tests: a user with a resume library and an application, and an SSE reader. */
import { expect } from 'vitest';
import { fixtures } from '@jobforge/ai/testing';
import { aiRuns, withUser, type UserDatabase } from '@jobforge/db';
import type { AiPhase } from '@jobforge/domain';
import { call, registerUser } from './harness.js';
import { openProgressStream, runEvents } from './sse.js';
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

/** Reads the SSE stream of ai.onProgress until the run ends; each event carries its SSE id as `eventId`. */
export async function followOverSse(harness: Harness, user: User, runId: string, lastEventId?: string) {
  const response = await openProgressStream(harness.api, user.token, runId, lastEventId);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: any[] = [];
  for await (const { event, id } of runEvents(response)) {
    Object.defineProperty(event, 'eventId', { value: id, enumerable: false });
    events.push(event);
  }
  return events;
}

/**
 * A run row left "running" (as a stopped process would leave it), written as the user; `fields` says
 * which phase, whose runner and how stale its heartbeat is. Returns `[{ id }]`.
 */
export function insertRunningRun(
  database: UserDatabase,
  userId: string,
  applicationId: string,
  fields: { phase: AiPhase } & Partial<typeof aiRuns.$inferInsert>,
) {
  return withUser(database, userId, (db) =>
    db
      .insert(aiRuns)
      .values({ applicationId, userId, status: 'running', engine: 'offline', model: 'm', ...fields })
      .returning({ id: aiRuns.id }),
  );
}
