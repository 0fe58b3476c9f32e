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

export const PHASE_DOCUMENT = {
  research: 'research_report',
  resume: 'optimized_resume',
  cover_letter: 'cover_letter',
} as const;
export const PHASE_STATUS = {
  research: 'research_complete',
  resume: 'resume_ready',
  cover_letter: 'cover_letter_ready',
} as const;
export const PHASE_LABEL = { research: 'research', resume: 'resume', cover_letter: 'cover letter' } as const;
