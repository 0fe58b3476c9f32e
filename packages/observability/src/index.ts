/**
 * Logs, request ids and metrics for every package.
 */
export { createLogger, logger, REDACTED_PATHS, type Logger } from './logger.js';
export { REQUEST_ID_HEADER, isValidRequestId, requestIdFrom } from './request-id.js';
export {
  metricsRegistry,
  renderMetrics,
  httpRequestDuration,
  httpRequestsInFlight,
  aiRunsTotal,
  aiRunsInProgress,
  aiRunDuration,
  aiTokensTotal,
  aiCostUsdTotal,
  recordAiRunStarted,
  recordAiRunFinished,
  observeDatabasePool,
  observeStoredAiUsage,
  type StoredAiUsage,
  type AiEngineLabel,
  type AiRunOutcome,
  type AiRunRecord,
  type PoolStats,
} from './metrics.js';
