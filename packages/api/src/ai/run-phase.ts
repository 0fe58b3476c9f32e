/**
 * ai.runPhase: claim the run in one short transaction, call the engine outside any transaction while
 * streaming progress, then save the document, the phase status and the run's figures in another.
 * A failed or cancelled run records why and leaves the existing document untouched.
 */
import { TRPCError } from '@trpc/server';
import { AiError, claudeCostUsd, type CoverLetterInput } from '@jobforge/ai';
import { aiRuns, and, applications, eq, withUser, isUniqueViolation } from '@jobforge/db';
import { PHASE_DOCUMENT, PHASE_LABEL, PHASE_STATUS, statusReached, type AiPhase } from '@jobforge/domain';
import { recordAiRunFinished, recordAiRunStarted } from '@jobforge/observability';
import type { AuthedContext } from '../context.js';
import { authorOf, postingHash } from '../documents/authorship.js';
import { saveDocument } from '../documents/document-store.js';
import type { AiService } from './ai-service.js';
import { instanceTokensToday, lockInstanceClaims } from './instance-usage.js';
import { assertWithinInstanceBudget, assertWithinLimits, lockClaims, usageOf } from './limits.js';
import { loadPhaseInput } from './load-phase-input.js';
import { runColumns, type RunSummary } from './run-summary.js';
import { eventForRow, type RunEvent } from './run-events.js';
import { quotaScopeOf } from '../quotas/account-quotas.js';
import { outcomeOf, settledElsewhere, toTrpcError } from './run-outcome.js';

export interface RunPhaseRequest {
  applicationId: string;
  phase: AiPhase;
  userContext?: string | null | undefined;
  /** Wait for the run to finish and return its final state (typed clients, tests). */
  wait?: boolean | undefined;
}

export async function runPhase(ctx: AuthedContext, request: RunPhaseRequest): Promise<RunSummary> {
  const { services, user } = ctx;
  const runtime = services.ai;
  await runtime.ready;
  const engineStatus = runtime.engine.status();
  const engine = engineStatus.textEngine;
  const model = engineStatus.textModel;

  // Every model engine counts against the token budgets (a local server's tokens cost time, not money).
  const usesTokens = engine !== 'offline';
  const claim = () =>
    withUser(services.database, user.id, async (db) => {
      // Instance lock first, then the user's: every claim takes them in this order, so none waits in a cycle.
      if (usesTokens) {
        await lockInstanceClaims(db);
        assertWithinInstanceBudget(await instanceTokensToday(db), services.config.limits.instanceDailyTokenBudget);
      }
      await lockClaims(db, user.id);
      const usage = await usageOf(db, user.id, services.config.limits);
      assertWithinLimits(usage, usesTokens);
      const loaded = await loadPhaseInput(db, user, request.applicationId, request.phase, request.userContext ?? null);
      const [claimed] = await db
        .insert(aiRuns)
        .values({
          applicationId: request.applicationId,
          userId: user.id,
          phase: request.phase,
          status: 'running',
          engine,
          model,
          runner: runtime.runner,
        })
        .returning(runColumns);
      return { run: claimed as RunSummary, input: loaded.input };
    });
  let claimed: Awaited<ReturnType<typeof claim>>;
  try {
    claimed = await claim();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The running run in the way may belong to a server that stopped: if so it is failed now and
    // this claim goes ahead. The claim is retried even when this recovery failed nothing: another
    // replica's sweep (or the run itself) may have settled it in the meantime.
    await runtime.recover({ applicationId: request.applicationId, phase: request.phase });
    try {
      claimed = await claim();
    } catch (retryError) {
      if (!isUniqueViolation(retryError)) throw retryError;
      throw new TRPCError({
        code: 'CONFLICT',
        message: `A ${PHASE_LABEL[
          request.phase
        ].toLowerCase()} run is already in progress for this application. Wait for it to finish, or cancel it.`,
      });
    }
  }
  const { run, input } = claimed;

  const controller = new AbortController();
  recordAiRunStarted(run.engine, run.phase);
  runtime.events.open(run.id);
  runtime.events.publish(run.id, { type: 'started', run });
  const done = execute(ctx, runtime, run, request.phase, input, controller.signal)
    .then((final) => {
      recordAiRunFinished({ ...final, engine: run.engine, phase: run.phase, outcome: outcomeOf(final) });
      return final;
    })
    .finally(() => runtime.active.delete(run.id));
  runtime.active.set(run.id, {
    runId: run.id,
    userId: user.id,
    applicationId: run.applicationId,
    controller,
    done: done.then(() => undefined),
  });

  if (!request.wait) return run;
  const final = await done;
  if (final.status !== 'succeeded') throw toTrpcError(final);
  return final;
}

async function execute(
  ctx: AuthedContext,
  runtime: AiService,
  run: RunSummary,
  phase: AiPhase,
  phaseInput: CoverLetterInput,
  signal: AbortSignal,
): Promise<RunSummary> {
  const { services, user } = ctx;
  const publish = (event: RunEvent) => runtime.events.publish(run.id, event);
  const started = performance.now();
  let input: CoverLetterInput & { similarityByResumeId?: Record<string, number> | null } = phaseInput;
  try {
    if (phase === 'resume' && runtime.embeddings.available) {
      publish({ type: 'step', label: 'Matching your resumes to the posting with embeddings' });
      try {
        input = {
          ...input,
          similarityByResumeId: await runtime.embeddings.similarityByResume(
            user.id,
            input.application.jobDescription,
            input.library,
            signal,
          ),
        };
      } catch (error) {
        if (signal.aborted) throw error;
        // Matching falls back to keywords and word overlap; the run itself goes on.
        services.logger.warn({ err: error, runId: run.id }, 'resume embeddings unavailable for this run');
        publish({ type: 'step', label: 'Embeddings are unavailable right now; matching by keywords instead' });
      }
    }
    const result = await runtime.runPhase(phase, input, { signal, onProgress: (event) => publish(event) });
    publish({ type: 'step', label: 'Saving the document' });
    const finished = await withUser(services.database, user.id, async (db) => {
      // The run row first: if another replica settled it meanwhile (a cancel, or a stale heartbeat
      // after a long pause), nothing of this run is saved.
      const details = {
        data: result.data,
        notes: result.notes,
        ...('validation' in result ? { validation: result.validation } : {}),
      };
      const [row] = await db
        .update(aiRuns)
        .set({
          status: 'succeeded',
          engine: result.engine,
          model: result.model,
          inputTokens: result.usage.inputTokens,
          outputTokens: result.usage.outputTokens,
          cacheCreationTokens: result.usage.cacheCreationTokens,
          cacheReadTokens: result.usage.cacheReadTokens,
          costUsd: result.costUsd.toFixed(6),
          latencyMs: Math.round(performance.now() - started),
          details,
          finishedAt: new Date(),
        })
        .where(and(eq(aiRuns.id, run.id), eq(aiRuns.status, 'running')))
        .returning(runColumns);
      if (!row) return undefined;
      await saveDocument(
        db,
        {
          applicationId: run.applicationId,
          type: PHASE_DOCUMENT[phase],
          content: result.markdown,
          source: 'ai',
          author: authorOf(result),
          postingHash: postingHash(input.application.jobDescription),
        },
        quotaScopeOf(ctx),
      );
      const [application] = await db
        .select({ status: applications.status })
        .from(applications)
        .where(eq(applications.id, run.applicationId))
        .for('update');
      const target = PHASE_STATUS[phase];
      if (application && !statusReached(application.status, target)) {
        await db
          .update(applications)
          .set({ status: target, updatedAt: new Date() })
          .where(eq(applications.id, run.applicationId));
      }
      return row as RunSummary;
    });
    if (!finished) {
      const settled = await settledElsewhere(ctx, run, {
        error: 'The run was settled elsewhere; nothing was saved.',
        details: { kind: 'interrupted' },
      });
      publish(eventForRow(settled));
      return settled;
    }
    publish({ type: 'finished', run: finished });
    return finished;
  } catch (error) {
    const known = error instanceof AiError ? error : null;
    const cancelled = known?.kind === 'cancelled' || signal.aborted;
    const shuttingDown = signal.aborted && (signal.reason as Error | undefined)?.message === 'shutdown';
    const message = shuttingDown
      ? 'The server shut down while this run was in progress. Run the phase again.'
      : cancelled
      ? 'The run was cancelled. Nothing was saved; the existing document is unchanged.'
      : known
      ? known.userMessage
      : error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR'
      ? error.message
      : `Something went wrong on our side; it has been logged. Reference: ${ctx.requestId}`;
    if (!known && !(error instanceof TRPCError)) {
      services.logger.error({ err: error, requestId: ctx.requestId, runId: run.id }, 'AI run failed unexpectedly');
    }
    const kind = shuttingDown ? 'interrupted' : cancelled ? 'cancelled' : known?.kind ?? 'internal';
    const details = {
      kind,
      retryAfterSeconds: known?.retryAfterSeconds ?? null,
      ...(known?.details ? { validation: known.details } : {}),
    };
    const row = await withUser(services.database, user.id, async (db) => {
      const [updated] = await db
        .update(aiRuns)
        .set({
          status: cancelled && !shuttingDown ? 'cancelled' : 'failed',
          error: message,
          details,
          latencyMs: Math.round(performance.now() - started),
          finishedAt: new Date(),
          // Tokens spent before the failure are billed, so they count toward the budget too.
          ...(known?.usage
            ? {
                inputTokens: known.usage.inputTokens,
                outputTokens: known.usage.outputTokens,
                cacheCreationTokens: known.usage.cacheCreationTokens,
                cacheReadTokens: known.usage.cacheReadTokens,
                costUsd: (known.costUsd ?? claudeCostUsd(run.model, known.usage)).toFixed(6),
              }
            : {}),
        })
        .where(and(eq(aiRuns.id, run.id), eq(aiRuns.status, 'running')))
        .returning(runColumns);
      return updated as RunSummary | undefined;
    }).catch((persistError) => {
      services.logger.error({ err: persistError, runId: run.id }, 'could not record the failed AI run');
      return undefined;
    });
    if (!row) {
      // Settled elsewhere (cancelled from another replica, judged stale): report what the row says.
      const settled = await settledElsewhere(ctx, run, { error: message, details }).catch(() => ({
        ...run,
        status: 'failed' as const,
        error: message,
        details,
      }));
      publish(eventForRow(settled));
      return settled;
    }
    publish({
      type: 'failed',
      run: row,
      error: { kind, message, retryAfterSeconds: known?.retryAfterSeconds ?? null },
    });
    return row;
  }
}
