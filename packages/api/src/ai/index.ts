/** What the rest of the API uses from the AI runs module. */
export { createAiService, type AiService, type AiRuntimeTiming } from './ai-service.js';
export { recoverStaleRuns, INTERRUPTED_MESSAGE } from './recover-stale-runs.js';
export type { RunEvent, RunSummary } from './run-events.js';
