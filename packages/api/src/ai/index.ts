/** What the rest of the API uses from the AI runs module. */
export { aiRuntime, setAiEngine, setAiRuntimeTiming } from './ai-runtime.js';
export { resumeEmbeddingsIdle, scheduleResumeEmbedding, semanticMatchingAvailable } from './resume-embeddings.js';
export { recoverStaleRuns, INTERRUPTED_MESSAGE } from './recover-stale-runs.js';
export type { RunEvent, RunSummary } from './run-events.js';
