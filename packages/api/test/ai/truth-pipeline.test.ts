/**
 * The lying model through the whole API: ai.runPhase on the mock Claude, for every person of the
 * truthfulness suite. Nothing planted may be in a saved document, and the run keeps the check
 * report ("Checked against your material") so the page can show it after a reload.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  installNetworkGuard,
  lyingResponder,
  people,
  startAnthropicMock,
  type AnthropicMock,
  type NetworkGuard,
} from '@jobforge/ai/testing';
import { call, createHarness, registerUser, type Harness } from '../support/harness.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const everyone = [...people.people, ...people.heldOut, ...people.lateHeldOut];
let guard: NetworkGuard;
let harness: Harness;
let mock: AnthropicMock;

beforeAll(async () => {
  guard = installNetworkGuard();
  mock = await startAnthropicMock({ respond: lyingResponder(everyone) });
  harness = await createHarness({
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: mock.url,
    JOBFORGE_MAX_RUNS_PER_USER: '2',
  });
});
afterAll(async () => {
  await harness.close();
  await mock.close();
  guard.assertNoViolations();
  guard.uninstall();
});

const normalize = (text: string) =>
  text
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

describe.each(everyone.map((p) => [p.key, p] as const))('%s through ai.runPhase', (key, person) => {
  it('saves no planted lie and keeps the check report with each run', async () => {
    const user = await registerUser(harness.api, key.replace(/[^a-z]/g, ''));
    const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'query') =>
      call<any>(harness.api, path, input, { token: user.token, type });
    for (const entry of person.library)
      await as(
        'resumes.create',
        {
          name: entry.name,
          content: entry.content,
          isPrimary: Boolean(entry.isPrimary),
          isWritingSample: Boolean(entry.isWritingSample),
        },
        'mutation',
      );
    const app = await as(
      'applications.create',
      {
        companyName: person.application.companyName,
        roleTitle: person.application.roleTitle,
        jobDescription: person.application.jobDescription,
        ...(person.application.additionalContext ? { additionalContext: person.application.additionalContext } : {}),
      },
      'mutation',
    );
    expect(app.ok, app.text).toBe(true);
    const lies = {
      research_report: [...person.research.companyPoints, ...person.research.fakeEvidence, person.research.noGaps],
      optimized_resume: person.resumeLies,
      cover_letter: person.letterLies,
    };
    for (const [phase, type] of [
      ['research', 'research_report'],
      ['resume', 'optimized_resume'],
      ['cover_letter', 'cover_letter'],
    ] as const) {
      const run = await as(
        'ai.runPhase',
        {
          applicationId: app.data.id,
          phase,
          wait: true,
          ...(person.userContext ? { userContext: person.userContext } : {}),
        },
        'mutation',
      );
      expect(run.ok, run.text).toBe(true);
      const saved = normalize((await as('documents.get', { applicationId: app.data.id, type })).data.content);
      expect(lies[type].filter((lie) => saved.includes(normalize(lie.marker))).map((l) => l.id)).toEqual([]);
      const actions = run.data.details.validation.actions as Array<{ action: string; reasons: string[] }>;
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.every((a) => a.reasons.length > 0)).toBe(true);
    }
    // The report survives: ai.runs returns it with each run.
    const runs = (await as('ai.runs', { applicationId: app.data.id })).data.runs;
    expect(runs.filter((r: any) => r.details?.validation?.actions?.length > 0)).toHaveLength(3);
  });
});
