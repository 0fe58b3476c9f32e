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
 * Days in double precision (date_part), not numeric (extract): percentile_cont takes float8 anyway, and
 * numeric arithmetic over 10,000 changes was a quarter of the funnel's time on the embedded database.
 */
export async function medianStays(db: UserTx, userId: string, window: Window) {
  const rows = rowsOf<{ stage: string; median: number | string | null; samples: number | string }>(
    await db.execute(sql`
      with changes as (
        select e.to_stage as stage, e.occurred_at, a.created_at,
          lead(e.occurred_at) over per_application as left_at,
          row_number() over per_application as n
        from application_events e join applications a on a.id = e.application_id
        where e.user_id = ${userId} and e.kind = 'stage' and a.user_id = ${userId} ${createdWithin(window)}
        window per_application as (partition by e.application_id order by e.occurred_at, e.created_at)
      ),
      stays as (
        select stage, date_part('epoch', left_at - occurred_at) / 86400 as days
        from changes where left_at is not null
        union all
        select 'saved', date_part('epoch', occurred_at - created_at) / 86400
        from changes where n = 1
      )
      select stage, percentile_cont(0.5) within group (order by days) as median, count(*)::int as samples
      from stays where days >= 0 group by stage`),
  );
  return rows.map((row) => ({
    stage: row.stage,
    days: row.median === null ? null : Number(row.median),
    samples: Number(row.samples),
  }));
}

/** Activity per week (weeks start on Monday, UTC): applications created, and stage changes by stage. */
export async function weeklyActivity(db: UserTx, userId: string, start: Date, end: Date) {
  const created = rowsOf<{ week: string; n: number | string }>(
    await db.execute(sql`
      select to_char(date_trunc('week', a.created_at at time zone 'UTC'), 'YYYY-MM-DD') as week, count(*)::int as n
      from applications a
      where a.user_id = ${userId} and a.created_at >= ${at(start)} and a.created_at < ${at(end)}
      group by 1`),
  );
  const moved = rowsOf<{ week: string; stage: string; n: number | string }>(
    await db.execute(sql`
      select to_char(date_trunc('week', e.occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as week, e.to_stage as stage, count(*)::int as n
      from application_events e
      where e.user_id = ${userId} and e.kind = 'stage' and e.occurred_at >= ${at(start)} and e.occurred_at < ${at(end)}
      group by 1, 2`),
  );
  return { created, moved };
}
