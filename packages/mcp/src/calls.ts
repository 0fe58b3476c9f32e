/**
 * What the MCP tools need from Job Forge, as one small interface with two implementations: the
 * server-side tRPC caller (Streamable HTTP at /mcp, inside the web server) and the typed HTTP client
 * (the stdio bin). Either way every call is an API procedure, so row-level security, token scopes,
 * rate limits and AI budgets apply exactly as they do to any other client.
 */
import type { RouterInputs, RouterOutputs } from '@jobforge/client';

type In<P extends keyof RouterInputs, N extends keyof RouterInputs[P]> = RouterInputs[P][N];
type Out<P extends keyof RouterOutputs, N extends keyof RouterOutputs[P]> = RouterOutputs[P][N];

export interface JobForgeCalls {
  me(): Promise<Out<'auth', 'me'>>;
  listApplications(): Promise<Out<'applications', 'list'>>;
  getApplication(input: In<'applications', 'get'>): Promise<Out<'applications', 'get'>>;
  createApplication(input: In<'applications', 'create'>): Promise<Out<'applications', 'create'>>;
  moveStage(input: In<'applications', 'moveStage'>): Promise<Out<'applications', 'moveStage'>>;
  runPhase(input: In<'ai', 'runPhase'>): Promise<Out<'ai', 'runPhase'>>;
  getDocument(input: In<'documents', 'get'>): Promise<Out<'documents', 'get'>>;
  updateDocument(input: In<'documents', 'update'>): Promise<Out<'documents', 'update'>>;
  listReminders(input: In<'reminders', 'list'>): Promise<Out<'reminders', 'list'>>;
}

export type ApplicationItem = Out<'applications', 'list'>[number];
export type ApplicationDetail = Out<'applications', 'get'>;
export type DocumentRow = NonNullable<Out<'documents', 'get'>>;
export type RunSummary = Out<'ai', 'runPhase'>;
export type ReminderItem = Out<'reminders', 'list'>[number];

/**
 * A refusal from the API, reduced to what an assistant should read: the tRPC code (NOT_FOUND,
 * FORBIDDEN, BAD_REQUEST, TOO_MANY_REQUESTS, ...) and a message meant for a person, with the
 * offending fields named. Tools turn it into a tool error; anything else is reported without detail.
 */
export class JobForgeFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'JobForgeFailure';
  }
}
