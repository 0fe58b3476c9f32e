/**
 * JobForgeCalls over HTTP with the typed client: what the stdio bin uses to reach a Job Forge server.
 */
import { createJobForgeClient, isJobForgeError, type JobForgeClient } from '@jobforge/client';
import { JobForgeFailure, type JobForgeCalls } from './calls.js';

export function callsFromClient(client: JobForgeClient): JobForgeCalls {
  return {
    me: () => translate(client.auth.me.query()),
    listApplications: () => translate(client.applications.list.query({})),
    getApplication: (input) => translate(client.applications.get.query(input)),
    createApplication: (input) => translate(client.applications.create.mutate(input)),
    moveStage: (input) => translate(client.applications.moveStage.mutate(input)),
    runPhase: (input) => translate(client.ai.runPhase.mutate(input)),
    getDocument: (input) => translate(client.documents.get.query(input)),
    updateDocument: (input) => translate(client.documents.update.mutate(input)),
    listReminders: (input) => translate(client.reminders.list.query(input)),
  };
}

export function callsForServer(url: string, token: string, fetchImpl?: typeof fetch): JobForgeCalls {
  return callsFromClient(createJobForgeClient({ url, token, ...(fetchImpl ? { fetch: fetchImpl } : {}) }));
}

const translate = <T>(call: Promise<T>): Promise<T> =>
  call.catch((error: unknown) => {
    throw failureFromClientError(error);
  });

/**
 * The server already words its errors for people and names rejected fields in the message; an error
 * without a code is the network (server down, wrong JOBFORGE_URL), said as such.
 */
export function failureFromClientError(error: unknown): JobForgeFailure {
  if (isJobForgeError(error) && error.data?.code) return new JobForgeFailure(error.data.code, error.message);
  const reason = error instanceof Error ? error.message : String(error);
  return new JobForgeFailure('UNREACHABLE', `Could not reach the Job Forge server: ${reason}`);
}
