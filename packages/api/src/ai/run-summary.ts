import { aiRuns } from '@jobforge/db';
import type { RunSummary } from './run-events.js';

export const runColumns = {
  id: aiRuns.id,
  applicationId: aiRuns.applicationId,
  phase: aiRuns.phase,
  status: aiRuns.status,
  engine: aiRuns.engine,
  model: aiRuns.model,
  inputTokens: aiRuns.inputTokens,
  outputTokens: aiRuns.outputTokens,
  cacheCreationTokens: aiRuns.cacheCreationTokens,
  cacheReadTokens: aiRuns.cacheReadTokens,
  costUsd: aiRuns.costUsd,
  latencyMs: aiRuns.latencyMs,
  error: aiRuns.error,
  details: aiRuns.details,
  startedAt: aiRuns.startedAt,
  finishedAt: aiRuns.finishedAt,
};

export type { RunSummary };
