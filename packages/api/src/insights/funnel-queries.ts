/**
 * The SQL behind insights.funnel. Each query is one aggregate over a user's applications or stage
 * changes, so the funnel of thousands of applications costs a few index scans, not a row per card.
 */
import { rowsOf, sql, type SQL, type UserTx } from '@jobforge/db';

export interface Window {
  from: Date | null;
  to: Date | null;
}

/** A moment as a SQL parameter: postgres.js under drizzle takes no Date objects in raw SQL, so ISO text, cast. */
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

function createdWithin(window: Window): SQL {
  return sql`${window.from ? sql`and a.created_at >= ${at(window.from)}` : sql``} ${
    window.to ? sql`and a.created_at < ${at(window.to)}` : sql``
  }`;
}

export async function stageCounts(db: UserTx, userId: string, window: Window) {
  const rows = rowsOf<{ stage: string; furthest: string; n: number | string }>(
    await db.execute(sql`
      select a.stage, a.furthest_stage as furthest, count(*)::int as n
      from applications a
      where a.user_id = ${userId} ${createdWithin(window)}
      group by a.stage, a.furthest_stage`),
  );
  return rows.map((row) => ({ stage: row.stage, furthest: row.furthest, count: Number(row.n) }));
}

/**
 * How long applications stayed in each stage before moving on: from one stage change to the next, and
 * in `saved` from creation to the first change. Stays still going are not counted (they have no end).
 * One pass over the changes: each change ends the stay that the change before it (or the creation)
 * began, so `lag` pairs them; an earlier version paired them with `lead` in a CTE read twice (that
 * materialized 10,000 rows and cost ~15 % more CPU on the embedded database). An index giving the
 * changes in (application, time) order was tried: the planner used it, and it saved nothing measurable
 * (the sort was not the cost; reading and computing each row in the embedded database was).
 * Days in double precision (date_part of the epochs), not numeric (extract): percentile_cont takes
 * float8 anyway, and numeric arithmetic was a quarter of the funnel's time on the embedded database.
 */
export async function medianStays(db: UserTx, userId: string, window: Window) {
  const rows = rowsOf<{ stage: string; median: number | string | null; samples: number | string }>(
    await db.execute(sql`
      select stage, percentile_cont(0.5) within group (order by days) as median, count(*)::int as samples
      from (
        select lag(e.to_stage, 1, 'saved') over per_application as stage,
          (date_part('epoch', e.occurred_at)
            - date_part('epoch', lag(e.occurred_at, 1, a.created_at) over per_application)) / 86400 as days
        from application_events e join applications a on a.id = e.application_id
        where e.user_id = ${userId} and e.kind = 'stage' and a.user_id = ${userId} ${createdWithin(window)}
        window per_application as (partition by e.application_id order by e.occurred_at, e.created_at)
      ) stays
      where days >= 0 group by stage`),
  );
  return rows.map((row) => ({
    stage: row.stage,
    days: row.median === null ? null : Number(row.median),
    samples: Number(row.samples),
  }));
}

/**
 * Activity per week (weeks start on Monday, UTC): applications created, and stage changes by stage.
 * Grouped by the week's timestamp and formatted per group, not per row (to_char on every row showed).
 */
export async function weeklyActivity(db: UserTx, userId: string, start: Date, end: Date) {
  const created = rowsOf<{ week: string; n: number | string }>(
    await db.execute(sql`
      select to_char(week, 'YYYY-MM-DD') as week, n from (
        select date_trunc('week', a.created_at at time zone 'UTC') as week, count(*)::int as n
        from applications a
        where a.user_id = ${userId} and a.created_at >= ${at(start)} and a.created_at < ${at(end)}
        group by 1) weeks`),
  );
  const moved = rowsOf<{ week: string; stage: string; n: number | string }>(
    await db.execute(sql`
      select to_char(week, 'YYYY-MM-DD') as week, stage, n from (
        select date_trunc('week', e.occurred_at at time zone 'UTC') as week, e.to_stage as stage, count(*)::int as n
        from application_events e
        where e.user_id = ${userId} and e.kind = 'stage' and e.occurred_at >= ${at(start)} and e.occurred_at < ${at(
      end,
    )}
        group by 1, 2) weeks`),
  );
  return { created, moved };
}
