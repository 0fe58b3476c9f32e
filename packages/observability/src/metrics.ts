/**
 * Prometheus metrics (prom-client), one registry for the process. Label values come from short,
 * closed sets (route patterns, engines, phases, outcomes) so the series count stays bounded.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'jobforge_' });

export const httpRequestDuration = new Histogram({
  name: 'jobforge_http_request_duration_seconds',
  help: 'HTTP request duration by route pattern, method and status code.',
  labelNames: ['method', 'route', 'status_code'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const httpRequestsInFlight = new Gauge({
  name: 'jobforge_http_requests_in_flight',
  help: 'Requests (including open event streams) being served right now.',
  registers: [metricsRegistry],
});

export type AiEngineLabel = 'claude' | 'openai-compatible' | 'offline' | (string & {});
export type AiRunOutcome = 'succeeded' | 'failed' | 'cancelled' | 'interrupted';

export const aiRunsTotal = new Counter({
  name: 'jobforge_ai_runs_total',
  help: 'Finished AI phase runs by engine, phase and outcome.',
  labelNames: ['engine', 'phase', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const aiRunsInProgress = new Gauge({
  name: 'jobforge_ai_runs_in_progress',
  help: 'AI phase runs currently running in this process.',
  labelNames: ['engine', 'phase'] as const,
  registers: [metricsRegistry],
});

export const aiRunDuration = new Histogram({
  name: 'jobforge_ai_run_duration_seconds',
  help: 'Wall-clock duration of finished AI phase runs.',
  labelNames: ['engine', 'phase', 'outcome'] as const,
  buckets: [0.1, 0.5, 1, 2.5, 5, 10, 20, 40, 60, 120, 300],
  registers: [metricsRegistry],
});

export const aiTokensTotal = new Counter({
  name: 'jobforge_ai_tokens_total',
  help: 'Model tokens used, by engine, model and kind (input, output, cache_creation, cache_read).',
  labelNames: ['engine', 'model', 'kind'] as const,
  registers: [metricsRegistry],
});

export const aiCostUsdTotal = new Counter({
  name: 'jobforge_ai_cost_usd_total',
  help: 'Estimated model cost in US dollars, by engine and model.',
  labelNames: ['engine', 'model'] as const,
  registers: [metricsRegistry],
});

export interface AiRunRecord {
  engine: AiEngineLabel;
  phase: string;
  outcome: AiRunOutcome;
  model?: string | null;
  latencyMs?: number | null;
  inputTokens?: number | null;
  outputTokens?: number | null;
  cacheCreationTokens?: number | null;
  cacheReadTokens?: number | null;
  /** A number, or the numeric string the database column holds. */
  costUsd?: number | string | null;
}

type TokenCounts = Pick<AiRunRecord, 'inputTokens' | 'outputTokens' | 'cacheCreationTokens' | 'cacheReadTokens'>;

/** The `kind` label of each token count, and the counts above zero by kind. */
function tokensByKind(counts: TokenCounts): Array<[string, number]> {
  const kinds: Array<[string, number | null | undefined]> = [
    ['input', counts.inputTokens],
    ['output', counts.outputTokens],
    ['cache_creation', counts.cacheCreationTokens],
    ['cache_read', counts.cacheReadTokens],
  ];
  return kinds.filter((kind): kind is [string, number] => (kind[1] ?? 0) > 0);
}

export function recordAiRunStarted(engine: AiEngineLabel, phase: string): void {
  aiRunsInProgress.inc({ engine, phase });
}

/** Call once per finished run, after recordAiRunStarted with the same engine and phase. */
export function recordAiRunFinished(run: AiRunRecord): void {
  const { engine, phase, outcome } = run;
  aiRunsInProgress.dec({ engine, phase });
  aiRunsTotal.inc({ engine, phase, outcome });
  if (run.latencyMs != null) aiRunDuration.observe({ engine, phase, outcome }, run.latencyMs / 1000);
  const model = run.model ?? 'none';
  for (const [kind, count] of tokensByKind(run)) aiTokensTotal.inc({ engine, model, kind }, count);
  const cost = run.costUsd == null ? 0 : Number(run.costUsd);
  if (Number.isFinite(cost) && cost > 0) aiCostUsdTotal.inc({ engine, model }, cost);
}

export interface PoolStats {
  size: number;
  max: number;
  /** Connections busy with a query, when the driver can tell. */
  active?: number;
}

let poolStatsSource: { driver: string; read: () => PoolStats } | undefined;

/** The database registers how to read its pool; the gauges read it at scrape time. */
export function observeDatabasePool(driver: string, read: () => PoolStats): void {
  poolStatsSource = { driver, read };
}

function readPool(): PoolStats | undefined {
  try {
    return poolStatsSource?.read();
  } catch {
    return undefined;
  }
}

new Gauge({
  name: 'jobforge_db_pool_connections',
  help: 'Database pool connections: open (size), busy (active, when known) and the configured maximum.',
  labelNames: ['driver', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    const stats = readPool();
    if (!stats || !poolStatsSource) return;
    const { driver } = poolStatsSource;
    this.set({ driver, state: 'size' }, stats.size);
    this.set({ driver, state: 'max' }, stats.max);
    if (stats.active !== undefined) this.set({ driver, state: 'active' }, stats.active);
  },
});

/** The exposition text for /metrics. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}

/** AI usage totals as the database records them (one row per engine, model, phase and status). */
export interface StoredAiUsage {
  engine: string;
  model: string;
  phase: string;
  status: string;
  runs: number;
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
  costUsd: number;
}

let storedAiUsage: (() => Promise<StoredAiUsage[]>) | undefined;

/**
 * Registers how to read the stored AI totals (the reader should cache: three gauges read it per
 * scrape). Unlike the in-process counters these survive restarts and read the same on every
 * replica: aggregate them with max(), not sum().
 */
export function observeStoredAiUsage(read: () => Promise<StoredAiUsage[]>): void {
  storedAiUsage = read;
}

async function readStoredAiUsage(): Promise<StoredAiUsage[]> {
  try {
    return (await storedAiUsage?.()) ?? [];
  } catch {
    return [];
  }
}

new Gauge({
  name: 'jobforge_ai_runs_stored',
  help: 'AI phase runs recorded in the database, by engine, phase and status (all replicas, since the start).',
  labelNames: ['engine', 'phase', 'status'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const row of await readStoredAiUsage())
      this.inc({ engine: row.engine, phase: row.phase, status: row.status }, row.runs);
  },
});

new Gauge({
  name: 'jobforge_ai_tokens_stored',
  help: 'Model tokens recorded in the database, by engine, model and kind (input, output, cache_creation, cache_read).',
  labelNames: ['engine', 'model', 'kind'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const row of await readStoredAiUsage())
      for (const [kind, count] of tokensByKind(row)) this.inc({ engine: row.engine, model: row.model, kind }, count);
  },
});

new Gauge({
  name: 'jobforge_ai_cost_usd_stored',
  help: 'Estimated model cost in US dollars recorded in the database, by engine and model.',
  labelNames: ['engine', 'model'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const row of await readStoredAiUsage())
      if (row.costUsd > 0) this.inc({ engine: row.engine, model: row.model }, row.costUsd);
  },
});
