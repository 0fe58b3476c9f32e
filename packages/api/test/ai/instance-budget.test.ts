/**
 * The instance-wide daily token budget holds under a parallel burst: claims of many users at the same
 * moment cannot all read the same figure and pass it together.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { jobForgeResponder, startAnthropicMock, type AnthropicMock } from '@jobforge/ai/testing';
import { loadConfig } from '@jobforge/config';
import { createTestDatabase } from '@jobforge/db/testing';
import { createApi, type JobForgeApi } from '../../src/index.js';
import { RESERVED_TOKENS_PER_RUN } from '../../src/ai/limits.js';
import { useNetworkGuard } from '../support/network-guard.js';
import { gate, scriptedEngine } from '../support/scripted-engine.js';
import { setUpUser } from '../support/pipeline.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
useNetworkGuard();

const USERS = 8;
const ALLOWED_RUNS = 3;

let mock: AnthropicMock;
let api: JobForgeApi;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const held = gate();

beforeAll(async () => {
  mock = await startAnthropicMock({ respond: jobForgeResponder() });
  database = await createTestDatabase();
  api = await createApi({
    config: loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: mock.url,
      // Room for exactly three running Claude runs, each reserving its estimate until it ends.
      JOBFORGE_INSTANCE_DAILY_TOKEN_BUDGET: String(ALLOWED_RUNS * RESERVED_TOKENS_PER_RUN),
    }),
    database,
    // Runs stay running (holding their reservation) until the test lets them go.
    aiEngine: (configured) => scriptedEngine(configured, { deltas: [], gate: held }),
  });
});

afterAll(async () => {
  held.open();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await api?.shutdown();
  await database?.close();
  await mock?.close();
});

describe('the instance-wide daily token budget', () => {
  it(`lets exactly ${ALLOWED_RUNS} of ${USERS} parallel Claude runs of different users start`, async () => {
    const users = [];
    for (let i = 0; i < USERS; i++) users.push(await setUpUser({ api }, `burst${i}`));
    const results = await Promise.all(
      users.map(({ as, applicationId }) => as('ai.runPhase', { applicationId, phase: 'research' }, 'mutation')),
    );
    const started = results.filter((result) => result.ok);
    expect(started).toHaveLength(ALLOWED_RUNS);
    expect(started.every((result) => result.data.engine === 'claude')).toBe(true);
    const refused = results.filter((result) => !result.ok);
    expect(refused).toHaveLength(USERS - ALLOWED_RUNS);
    for (const result of refused) {
      expect(result.error?.data.code).toBe('TOO_MANY_REQUESTS');
      expect(result.error?.message).toMatch(/used its AI budget for today/);
    }
  });
});
