/**
 * The pipeline through the API on an OpenAI-compatible server (Ollama's shape): which engine and
 * model ran is on every run and in ai.status, tokens count against the budget, a model that cannot
 * produce valid output fails the run with a message naming it (nothing saved, no stack trace).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startChatMock, type ChatMock } from '@jobforge/ai/testing';
import { useNetworkGuard } from '../support/network-guard.js';
import { createHarness, type Harness } from '../support/harness.js';
import { setUpUser } from '../support/pipeline.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

useNetworkGuard();

const MODEL = 'llama3.1:8b';

describe('on a mock Ollama', () => {
  let harness: Harness;
  let mock: ChatMock;
  beforeAll(async () => {
    mock = await startChatMock({ shape: 'ollama', models: [MODEL] });
    harness = await createHarness({
      JOBFORGE_TEXT_PROVIDER: 'openai-compatible',
      OPENAI_COMPATIBLE_BASE_URL: mock.url,
      OPENAI_COMPATIBLE_MODEL: MODEL,
    });
  });
  afterAll(async () => {
    await harness.close();
    await mock.close();
  });

  it('runs the three phases, saying which engine and model ran, at no cost', async () => {
    const { as, applicationId } = await setUpUser(harness, 'olga');
    const status = await as('ai.status', {});
    expect(status.data).toMatchObject({
      textEngine: 'openai-compatible',
      textModel: MODEL,
      openaiCompatible: { live: true, model: MODEL },
    });
    expect(JSON.stringify(status.data)).not.toContain(mock.url);
    for (const phase of ['research', 'resume', 'cover_letter']) {
      const run = await as('ai.runPhase', { applicationId, phase, wait: true }, 'mutation');
      expect(run.ok, run.text).toBe(true);
      expect(run.data).toMatchObject({
        engine: 'openai-compatible',
        model: MODEL,
        status: 'succeeded',
        costUsd: '0.000000',
      });
      expect(run.data.inputTokens).toBeGreaterThan(0);
    }
    const usage = (await as('ai.status', {})).data.usage;
    expect(usage.tokensToday).toBeGreaterThan(1000);
    const letter = await as('documents.get', { applicationId, type: 'cover_letter' });
    expect(letter.data.content).toContain('Globex');
  });

  it('fails a run whose model never returns valid JSON, naming the model, and saves nothing', async () => {
    const { as, applicationId } = await setUpUser(harness, 'oskar');
    mock.malformNext(10, 'Sure! Here is a summary of the job in plain words.');
    const run = await as('ai.runPhase', { applicationId, phase: 'research', wait: true }, 'mutation');
    expect(run.ok).toBe(false);
    expect(run.text).toContain(`The model \\"${MODEL}\\" did not produce a usable research analysis`);
    expect(run.text).not.toMatch(/\s+at \S+ \(/);
    const runs = (await as('ai.runs', { applicationId })).data.runs;
    expect(runs[0]).toMatchObject({ status: 'failed', engine: 'openai-compatible' });
    expect(runs[0].inputTokens).toBeGreaterThan(0);
    const report = await as('documents.get', { applicationId, type: 'research_report' });
    expect(report.data?.content ?? '').toBe('');
  });
});
