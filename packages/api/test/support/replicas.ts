/** App replicas for the AI tests: a createApi over its own Database object, with a scriptable engine. */
import { loadConfig } from '@jobforge/config';
import { aiRuns, createDatabase, eq, withUser, type Database } from '@jobforge/db';
import { createApi, type JobForgeApi } from '../../src/index.js';
import type { AiRuntimeTiming } from '../../src/ai/ai-service.js';
import { call as callApi } from './harness.js';
import { engineSwitch, type EngineSwitch } from './scripted-engine.js';

export interface Replica {
  api: JobForgeApi;
  database: Database;
  /** Scripts this replica's engine for the next runs. */
  engines: EngineSwitch;
  close(): Promise<void>;
}

export async function openReplica(url: string, timing: Partial<AiRuntimeTiming>): Promise<Replica> {
  const database = await createDatabase({ url, migrate: false, poolSize: 4 });
  const engines = engineSwitch();
  const api = await createApi({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    database,
    aiTiming: timing,
    aiEngine: engines.install,
  });
  let closed = false;
  return {
    api,
    database,
    engines,
    async close() {
      if (closed) return;
      closed = true;
      await api.shutdown();
      await database.close();
    },
  };
}

export async function runRow(database: Database, userId: string, runId: string) {
  const [row] = await withUser(database, userId, (db) => db.select().from(aiRuns).where(eq(aiRuns.id, runId)));
  return row!;
}

export function call(replica: { api: JobForgeApi }, token: string, path: string, input: unknown) {
  return callApi<any>(replica.api, path, input, { token, type: 'mutation' });
}
