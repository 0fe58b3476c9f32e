/**
 * Insights from a known history: the funnel's counts, conversion rates, median days and weekly
 * activity, and outcomes by what was sent, with small groups flagged as too small to judge by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, eq } from '@jobforge/db';
import { weekStart } from '../../src/insights/funnel.handler.js';
import { call, createHarness, registerUser, sampleApplication, type Harness } from '../support/harness.js';

let harness: Harness;
let user: Awaited<ReturnType<typeof registerUser>>;

const DAY = 86_400_000;
const start = Date.now() - 40 * DAY;
const dayAt = (n: number) => new Date(start + n * DAY);

const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'query') =>
  call<any>(harness.api, path, input, { token: user.token, type });

/** An application created on day 0 that moves through `path`, one stage every `gap` days. */
async function history(path: string[], gap: number, tailored: boolean) {
  const created = await as('applications.create', sampleApplication, 'mutation');
  const id = created.data.id as string;
  await harness.database.bypassRls
    .update(applications)
    .set({ createdAt: dayAt(0) })
    .where(eq(applications.id, id));
  if (tailored)
    await as('documents.update', { applicationId: id, type: 'optimized_resume', content: 'Tailored' }, 'mutation');
  for (const [index, stage] of path.entries()) {
    const moved = await as('applications.moveStage', { id, stage, at: dayAt(2 + index * gap) }, 'mutation');
    if (!moved.ok) throw new Error(moved.text);
  }
  return id;
}

beforeAll(async () => {
  harness = await createHarness();
  user = await registerUser(harness.api, 'dorothy');
  // Six tailored: four heard back (one rejection), two of those interviewed, one offer accepted.
  await history(['applied', 'screening', 'interviewing', 'offer', 'accepted'], 4, true);
  await history(['applied', 'screening', 'interviewing', 'rejected'], 4, true);
  await history(['applied', 'screening'], 4, true);
  await history(['applied', 'rejected'], 4, true);
  await history(['applied'], 4, true);
  await history(['applied'], 4, true);
  // Two not tailored, no answer; one withdrawn before sending; one still saved.
  await history(['applied'], 4, false);
  await history(['applied'], 4, false);
  await history(['withdrawn'], 4, false);
  await history([], 4, false);
}, 120_000);
afterAll(async () => harness?.close());

describe('insights.funnel', () => {
  it('counts how far applications got, and converts between stages', async () => {
    const funnel = await as('insights.funnel', {});
    expect(funnel.status).toBe(200);
    expect(funnel.data.total).toBe(10);
    const byStage = Object.fromEntries(funnel.data.stages.map((s: any) => [s.stage, s]));
    expect(byStage.saved).toEqual({ stage: 'saved', current: 1, reached: 10 });
    expect(byStage.applied).toEqual({ stage: 'applied', current: 4, reached: 8 });
    expect(byStage.screening.reached).toBe(3);
    expect(byStage.interviewing.reached).toBe(2);
    expect(byStage.offer.reached).toBe(1);
    expect(byStage.accepted).toEqual({ stage: 'accepted', current: 1, reached: 1 });
    expect(byStage.rejected.current).toBe(2);
    expect(byStage.withdrawn.current).toBe(1);
    const conversion = funnel.data.conversions.find((c: any) => c.from === 'applied');
    expect(conversion).toEqual({
      from: 'applied',
      to: 'screening',
      fromCount: 8,
      toCount: 3,
      rate: 3 / 8,
      enough: true,
    });
    // A conversion from fewer than five applications says so (the page shows "1 of 3", not 33%).
    expect(funnel.data.minSample).toBe(5);
    const fromScreening = funnel.data.conversions.find((c: any) => c.from === 'screening');
    expect(fromScreening).toMatchObject({ fromCount: 3, toCount: 2, enough: false });
  });

  it('gives the median days in each stage before moving on', async () => {
    const funnel = await as('insights.funnel', {});
    const days = Object.fromEntries(funnel.data.medianDays.map((m: any) => [m.stage, m]));
    expect(days.saved.days).toBeCloseTo(2, 5);
    expect(days.saved.samples).toBe(9);
    expect(days.applied).toMatchObject({ days: 4, samples: 4 }); // three moved on, one was rejected
    expect(days.interviewing).toMatchObject({ days: 4, samples: 2 });
  });

  it('counts activity per week, and narrows to a window', async () => {
    const funnel = await as('insights.funnel', { from: dayAt(-1), to: dayAt(30) });
    const weekly = funnel.data.weekly;
    expect(weekly[0].weekStart).toBe(weekStart(dayAt(-1)).toISOString().slice(0, 10));
    const sum = (field: string) => weekly.reduce((total: number, week: any) => total + week[field], 0);
    expect(sum('created')).toBe(10);
    expect(sum('applied')).toBe(8);
    expect(sum('interviews')).toBe(2);
    expect(sum('rejections')).toBe(2);
    const none = await as('insights.funnel', { from: dayAt(1), to: dayAt(30) });
    expect(none.data.total).toBe(0);
    const backwards = await as('insights.funnel', { from: dayAt(3), to: dayAt(1) });
    expect(backwards.error?.message).toBe('to: must be after from');
  });
});

describe('insights.outcomes', () => {
  it('compares what was sent, with the counts and a flag below five', async () => {
    const outcomes = await as('insights.outcomes', {});
    expect(outcomes.data.minSample).toBe(5);
    expect(outcomes.data.overall).toMatchObject({ sent: 8, responses: 4, interviews: 2, enough: true });
    const tailoring = Object.fromEntries(outcomes.data.byTailoring.map((g: any) => [g.key, g]));
    expect(tailoring.tailored).toMatchObject({ sent: 6, responses: 4, responseRate: 4 / 6, enough: true });
    expect(tailoring.not_tailored).toMatchObject({ sent: 2, responses: 0, responseRate: 0, enough: false });
    const unscored = outcomes.data.byMatchScore.find((g: any) => g.key === 'unscored');
    expect(unscored.sent).toBe(8);
  });
});
