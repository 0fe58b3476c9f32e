/**
 * insights.outcomes: of the applications sent, how many heard back (any answer, a rejection included)
 * and how many reached an interview, by what was sent: the base resume, whether the resume was
 * tailored, and its match score. Every rate comes with the count it rests on; below MIN_SAMPLE it is
 * flagged `enough: false`, and the page says the number is too small to judge by.
 */
import { rowsOf, sql } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';
import { MIN_SAMPLE } from './sample-size.js';

export const SCORE_BANDS = [
  { key: 'high', label: 'Match 85–100', min: 85 },
  { key: 'good', label: 'Match 70–84', min: 70 },
  { key: 'fair', label: 'Match 50–69', min: 50 },
  { key: 'low', label: 'Match below 50', min: 0 },
] as const;

export interface OutcomeGroup {
  key: string;
  label: string;
  sent: number;
  responses: number;
  interviews: number;
  responseRate: number | null;
  interviewRate: number | null;
  /** At least MIN_SAMPLE applications: enough to compare rates at all. */
  enough: boolean;
}

interface Row {
  base: string | null;
  tailored: boolean | null;
  score: number | string | null;
  responded: boolean;
  interviewed: boolean;
  n: number | string;
}

function group(key: string, label: string, rows: Row[]): OutcomeGroup {
  const sent = rows.reduce((sum, row) => sum + Number(row.n), 0);
  const responses = rows.filter((row) => row.responded).reduce((sum, row) => sum + Number(row.n), 0);
  const interviews = rows.filter((row) => row.interviewed).reduce((sum, row) => sum + Number(row.n), 0);
  return {
    key,
    label,
    sent,
    responses,
    interviews,
    responseRate: sent === 0 ? null : responses / sent,
    interviewRate: sent === 0 ? null : interviews / sent,
    enough: sent >= MIN_SAMPLE,
  };
}

function bandOf(score: number | null): (typeof SCORE_BANDS)[number] | null {
  return score === null ? null : SCORE_BANDS.find((band) => score >= band.min) ?? null;
}

export async function outcomes({ ctx }: { ctx: ProtectedContext }) {
  const rows = rowsOf<Row>(
    await ctx.db.execute(sql`
      select a.sent_base_resume_name as base, a.sent_tailored as tailored, a.sent_match_score as score,
        (a.furthest_stage in ('screening', 'interviewing', 'offer', 'accepted') or a.stage = 'rejected') as responded,
        a.furthest_stage in ('interviewing', 'offer', 'accepted') as interviewed,
        count(*)::int as n
      from applications a
      where a.user_id = ${ctx.user.id} and a.applied_at is not null
      group by 1, 2, 3, 4, 5`),
  ).map((row) => ({ ...row, score: row.score === null ? null : Number(row.score) }));

  const bases = [...new Set(rows.map((row) => row.base))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return {
    minSample: MIN_SAMPLE,
    overall: group('all', 'All sent applications', rows),
    byBaseResume: bases.map((base) =>
      group(
        base ?? 'unknown',
        base ?? 'No tailored resume',
        rows.filter((row) => row.base === base),
      ),
    ),
    byTailoring: [
      group(
        'tailored',
        'Tailored resume',
        rows.filter((row) => row.tailored === true),
      ),
      group(
        'not_tailored',
        'Not tailored',
        rows.filter((row) => row.tailored !== true),
      ),
    ],
    byMatchScore: [
      ...SCORE_BANDS.map((band) =>
        group(
          band.key,
          band.label,
          rows.filter((row) => bandOf(row.score as number | null)?.key === band.key),
        ),
      ),
      group(
        'unscored',
        'No match score',
        rows.filter((row) => row.score === null),
      ),
    ],
  };
}
