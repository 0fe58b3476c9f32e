/**
 * Cost control: per user, a cap on simultaneous runs and a daily token budget (UTC day); for the
 * whole instance, a daily token budget of all users together. Refusals happen before any model call,
 * so reaching a limit costs nothing, and they say when to try again.
 *
 * Tokens are known only when a run ends, so a running model run counts as a reservation of
 * RESERVED_TOKENS_PER_RUN until then; and a user's claims are serialized (an advisory lock per
 * user), so parallel claims cannot all pass one count. Model-run claims are also serialized instance-wide
 * while the instance budget is read (instance-usage.ts), so a parallel burst cannot pass it together.
 */
import { TRPCError } from '@trpc/server';
import { aiRuns, and, eq, gte, or, sql, type UserTx } from '@jobforge/db';

/** What a model phase (Claude or an OpenAI-compatible server) is counted as while it runs: a generous prompt with the library, and the output. */
export const RESERVED_TOKENS_PER_RUN = 30_000;

/** Serializes this user's claims until the claiming transaction ends (across replicas too). */
export async function lockClaims(db: UserTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`jobforge.ai-claim:${userId}`}))`);
}

/** Throws TOO_MANY_REQUESTS when the instance's budget for today is spent (or reserved). */
export function assertWithinInstanceBudget(tokensToday: number, budget: number): void {
  if (tokensToday < budget) return;
  const resetsAt = new Date(startOfUtcDay().getTime() + 24 * 60 * 60 * 1000);
  throw new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `This Job Forge has used its AI budget for today. AI model runs start again at ${resetsAt
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')} UTC (in ${untilText(resetsAt)}); the offline engine is not affected.`,
  });
}

export interface UserAiUsage {
  runningRuns: number;
  /** Tokens counted against the budget today: input + output + cache writes + a tenth of cache reads. */
  tokensToday: number;
  dailyTokenBudget: number;
  maxConcurrentRuns: number;
  resetsAt: Date;
}

export function startOfUtcDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function usageOf(
  db: UserTx,
  userId: string,
  limits: { dailyTokenBudget: number; maxConcurrentRunsPerUser: number; instanceDailyTokenBudget?: number },
): Promise<UserAiUsage> {
  const dayStart = startOfUtcDay();
  // One round trip for both figures.
  const [row] = await db
    .select({
      running: sql<number>`count(*) filter (where ${aiRuns.status} = 'running')`,
      reserved: sql<number>`count(*) filter (where ${aiRuns.status} = 'running' and ${aiRuns.engine} <> 'offline')`,
      tokens: sql<string>`coalesce(sum(${aiRuns.inputTokens} + ${aiRuns.outputTokens} + ${
        aiRuns.cacheCreationTokens
      } + ceil(${aiRuns.cacheReadTokens} / 10.0)) filter (where ${aiRuns.startedAt} >= ${dayStart.toISOString()}), 0)`,
    })
    .from(aiRuns)
    .where(and(eq(aiRuns.userId, userId), or(eq(aiRuns.status, 'running'), gte(aiRuns.startedAt, dayStart))));
  const running = { n: row?.running ?? 0 };
  const today = { tokens: row?.tokens ?? '0' };
  // A reservation never exceeds a share of the budget that lets a fresh day start every allowed run.
  const reservation = Math.min(
    RESERVED_TOKENS_PER_RUN,
    Math.floor(limits.dailyTokenBudget / (2 * limits.maxConcurrentRunsPerUser)),
  );
  return {
    runningRuns: Number(running?.n ?? 0),
    tokensToday: Number(today?.tokens ?? 0) + Number(row?.reserved ?? 0) * reservation,
    dailyTokenBudget: limits.dailyTokenBudget,
    maxConcurrentRuns: limits.maxConcurrentRunsPerUser,
    resetsAt: new Date(dayStart.getTime() + 24 * 60 * 60 * 1000),
  };
}

function untilText(when: Date): string {
  const minutes = Math.max(1, Math.ceil((when.getTime() - Date.now()) / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

/** Throws TOO_MANY_REQUESTS when the user may not start another run now. */
export function assertWithinLimits(usage: UserAiUsage, usesTokens: boolean): void {
  if (usage.runningRuns >= usage.maxConcurrentRuns) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `You already have ${usage.runningRuns} AI run${
        usage.runningRuns > 1 ? 's' : ''
      } in progress (the limit is ${usage.maxConcurrentRuns}). Run again when one has finished.`,
    });
  }
  if (usesTokens && usage.tokensToday >= usage.dailyTokenBudget) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `You have used today's AI budget of ${usage.dailyTokenBudget.toLocaleString(
        'en-US',
      )} tokens. You can run again at ${usage.resetsAt
        .toISOString()
        .slice(0, 16)
        .replace('T', ' ')} UTC (in ${untilText(usage.resetsAt)}).`,
    });
  }
}
