/**
 * insights.funnel: how far applications got. `reached` counts every application that got to a stage
 * or beyond (an application rejected after an interview reached `interviewing`); conversion is the
 * share of those that reached a stage which went on to the next; median days is how long they stayed
 * before moving on.
 */
import { APPLICATION_STAGES, type ApplicationStage } from '@jobforge/domain';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { ENDINGS, isRoadStage, ROAD, roadRank, type RoadStage } from '../applications/stage-rules.js';
import { medianStays, stageCounts, weeklyActivity, type Window } from './funnel-queries.js';
import type { FunnelInput } from './funnel.schema.js';
import { MIN_SAMPLE } from './sample-size.js';

const DAY_MS = 86_400_000;
const DEFAULT_WEEKS = 12;

/** Monday 00:00 UTC of the week `date` falls in. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}

export function activityWeeks(window: Window, now: Date): { start: Date; end: Date; weeks: string[] } {
  const end = window.to ?? new Date(weekStart(now).getTime() + 7 * DAY_MS);
  const start = weekStart(window.from ?? new Date(end.getTime() - DEFAULT_WEEKS * 7 * DAY_MS));
  const weeks: string[] = [];
  // At most two years of weeks, however wide the window: a chart of more says nothing more.
  for (let week = start.getTime(); week < end.getTime() && weeks.length < 104; week += 7 * DAY_MS) {
    weeks.push(new Date(week).toISOString().slice(0, 10));
  }
  return { start, end, weeks };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export async function funnel({ ctx, input }: HandlerArgs<ProtectedContext, FunnelInput>) {
  const window: Window = { from: input?.from ?? null, to: input?.to ?? null };
  const counts = await stageCounts(ctx.db, ctx.user.id, window);
  const stays = await medianStays(ctx.db, ctx.user.id, window);
  const { start, end, weeks } = activityWeeks(window, new Date());
  const activity = await weeklyActivity(ctx.db, ctx.user.id, start, end);

  const current = Object.fromEntries(APPLICATION_STAGES.map((stage) => [stage, 0])) as Record<ApplicationStage, number>;
  const reached = Object.fromEntries(ROAD.map((stage) => [stage, 0])) as Record<RoadStage, number>;
  for (const row of counts) {
    current[row.stage as ApplicationStage] += row.count;
    const furthest = row.furthest as ApplicationStage;
    if (!isRoadStage(furthest)) continue;
    for (const stage of ROAD) if (roadRank(stage) <= roadRank(furthest)) reached[stage] += row.count;
  }
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const stayByStage = new Map(stays.map((stay) => [stay.stage, stay]));

  const byWeek = new Map(
    weeks.map((week) => [
      week,
      { weekStart: week, created: 0, applied: 0, interviews: 0, offers: 0, rejections: 0, stageChanges: 0 },
    ]),
  );
  for (const row of activity.created) {
    const week = byWeek.get(row.week);
    if (week) week.created += Number(row.n);
  }
  const counter: Partial<Record<string, 'applied' | 'interviews' | 'offers' | 'rejections'>> = {
    applied: 'applied',
    interviewing: 'interviews',
    offer: 'offers',
    rejected: 'rejections',
  };
  for (const row of activity.moved) {
    const week = byWeek.get(row.week);
    if (!week) continue;
    week.stageChanges += Number(row.n);
    const field = counter[row.stage];
    if (field) week[field] += Number(row.n);
  }

  return {
    minSample: MIN_SAMPLE,
    range: { from: window.from, to: window.to, activityFrom: start, activityTo: end },
    total,
    stages: [
      ...ROAD.map((stage) => ({ stage, current: current[stage], reached: reached[stage] })),
      ...ENDINGS.map((stage) => ({ stage, current: current[stage], reached: current[stage] })),
    ],
    conversions: ROAD.slice(1).map((to, index) => {
      const from = ROAD[index]!;
      return {
        from,
        to,
        fromCount: reached[from],
        toCount: reached[to],
        rate: ratio(reached[to], reached[from]),
        enough: reached[from] >= MIN_SAMPLE,
      };
    }),
    medianDays: ROAD.slice(0, -1).map((stage) => ({
      stage,
      days: stayByStage.get(stage)?.days ?? null,
      samples: stayByStage.get(stage)?.samples ?? 0,
    })),
    weekly: [...byWeek.values()],
  };
}
