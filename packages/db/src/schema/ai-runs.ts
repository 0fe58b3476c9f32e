/**
 * One row per AI phase run. The partial unique index is what guarantees at most one running run per
 * application and phase, even across processes and replicas. The process executing a running run
 * refreshes `heartbeat_at` every few seconds; a running run whose heartbeat has gone stale belongs to
 * a process that stopped, and any replica may mark it failed.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { AI_ENGINES, AI_PHASES, AI_RUN_STATUSES } from '@jobforge/domain';
import { ownerRef } from './accounts.js';
import { applicationRef } from './applications.js';
import { id, inList, timestampTz } from './columns.js';

export const aiRuns = pgTable(
  'ai_runs',
  {
    id: id(),
    applicationId: applicationRef(),
    userId: ownerRef(),
    phase: varchar('phase', { length: 20, enum: AI_PHASES }).notNull(),
    status: varchar('status', { length: 20, enum: AI_RUN_STATUSES }).notNull().default('running'),
    engine: varchar('engine', { length: 20, enum: AI_ENGINES }).notNull(),
    model: varchar('model', { length: 100 }).notNull(),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    cacheCreationTokens: integer('cache_creation_tokens').notNull().default(0),
    cacheReadTokens: integer('cache_read_tokens').notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6 }).notNull().default('0'),
    latencyMs: integer('latency_ms'),
    error: text('error'),
    details: jsonb('details'),
    startedAt: timestampTz('started_at').notNull().defaultNow(),
    /** Set from the database clock, so replicas with drifting clocks still agree on staleness. */
    heartbeatAt: timestampTz('heartbeat_at').notNull().defaultNow(),
    /** The app instance that claimed the run (host, process id, a random part); for heartbeats and logs. */
    runner: varchar('runner', { length: 120 }),
    finishedAt: timestampTz('finished_at'),
  },
  (table) => [
    uniqueIndex('ai_runs_one_running_key')
      .on(table.applicationId, table.phase)
      .where(sql`${table.status} = 'running'`),
    index('ai_runs_application_idx').on(table.applicationId, table.startedAt.desc()),
    index('ai_runs_user_started_idx').on(table.userId, table.startedAt.desc()),
    check('ai_runs_phase_check', sql`${table.phase} in (${inList(AI_PHASES)})`),
    check('ai_runs_status_check', sql`${table.status} in (${inList(AI_RUN_STATUSES)})`),
    check('ai_runs_engine_check', sql`${table.engine} in (${inList(AI_ENGINES)})`),
  ],
);
