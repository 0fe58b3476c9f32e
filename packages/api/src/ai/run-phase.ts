/**
 * ai.runPhase: claim the run in one short transaction, call the engine outside any transaction while
 * streaming progress, then save the document, the phase status and the run's figures in another.
 * A failed or cancelled run records why and leaves the existing document untouched.
 */
import { TRPCError } from '@trpc/server';
import { AiError, claudeCostUsd, type CoverLetterInput } from '@jobforge/ai';
import { isUniqueViolation } from '@jobforge/auth';
import { aiRuns, and, applications, APPLICATION_STATUSES, eq, withUser } from '@jobforge/db';
import { recordAiRunFinished, recordAiRunStarted } from '@jobforge/observability';
import type { AuthedContext } from '../context.js';
import { saveDocument } from '../documents/document-store.js';
import { phaseFlagsFor } from '../applications/application-fields.js';
import { aiRuntime, type AiRuntime } from './ai-runtime.js';
import { assertWithinLimits, usageOf } from './limits.js';
import { loadPhaseInput, type Phase } from './load-phase-input.js';
import { semanticMatchingAvailable, similarityByResume } from './resume-embeddings.js';
import { PHASE_DOCUMENT, PHASE_LABEL, PHASE_STATUS, runColumns, type RunSummary } from './run-summary.js';
import { eventForRow, type RunEvent } from './run-events.js';

export interface RunPhaseRequest {
  applicationId: string;
  phase: Phase;
  userContext?: string | null | undefined;
  /** Wait for the run to finish and return its final state (typed clients, tests). */
  wait?: boolean | undefined;
}

export async function runPhase(ctx: AuthedContext, request: RunPhaseRequest): Promise<RunSummary> {
  const { services, user } = ctx;
  const runtime = aiRuntime(services);
  await runtime.ready;
  const engineStatus = runtime.engine.status();
  const engine = engineStatus.textEngine;
  const model = engine === 'claude' ? engineStatus.claude.model : 'jobforge-offline-v1';

  const claim = () =>
    withUser(services.database, user.id, async (db) => {
      const usage = await usageOf(db, user.id, services.config.limits);
      assertWithinLimits(usage, engine === 'claude');
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
        message: `A ${
          PHASE_LABEL[request.phase]
        } run is already in progress for this application. Wait for it to finish, or cancel it.`,
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
      const kind = (final.details as { kind?: string } | null)?.kind;
      recordAiRunFinished({
        ...final,
        engine: run.engine,
        phase: run.phase,
        outcome:
          final.status === 'succeeded'
            ? 'succeeded'
            : final.status === 'cancelled'
            ? 'cancelled'
            : kind === 'interrupted'
            ? 'interrupted'
            : 'failed',
      });
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
  runtime: AiRuntime,
  run: RunSummary,
  phase: Phase,
  phaseInput: CoverLetterInput,
  signal: AbortSignal,
): Promise<RunSummary> {
  const { services, user } = ctx;
  const publish = (event: RunEvent) => runtime.events.publish(run.id, event);
  const started = performance.now();
  let input: CoverLetterInput & { similarityByResumeId?: Record<string, number> | null } = phaseInput;
  try {
    if (phase === 'resume' && semanticMatchingAvailable(services)) {
      publish({ type: 'step', label: 'Matching your resumes to the posting with embeddings' });
      try {
        input = {
          ...input,
          similarityByResumeId: await similarityByResume(
            services,
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
      await saveDocument(db, {
        applicationId: run.applicationId,
        type: PHASE_DOCUMENT[phase],
        content: result.markdown,
        source: 'ai',
      });
      const [application] = await db
        .select({ status: applications.status })
        .from(applications)
        .where(eq(applications.id, run.applicationId))
        .for('update');
      const target = PHASE_STATUS[phase];
      if (application && APPLICATION_STATUSES.indexOf(application.status) < APPLICATION_STATUSES.indexOf(target)) {
        await db
          .update(applications)
          .set({ ...phaseFlagsFor(target), updatedAt: new Date() })
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
                costUsd: claudeCostUsd(run.model, known.usage).toFixed(6),
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

/**
 * The run's row as another replica or the recovery left it. A row still running means recording
 * the outcome failed (the database was unreachable): followers are told it failed, as `fallback`.
 */
async function settledElsewhere(
  ctx: AuthedContext,
  run: RunSummary,
  fallback: { error: string; details: unknown },
): Promise<RunSummary> {
  const [row] = await withUser(ctx.services.database, ctx.user.id, (db) =>
    db.select(runColumns).from(aiRuns).where(eq(aiRuns.id, run.id)).limit(1),
  );
  const settled = row as RunSummary | undefined;
  return settled && settled.status !== 'running' ? settled : { ...run, status: 'failed', ...fallback };
}

export function toTrpcError(run: RunSummary): TRPCError {
  const kind = (run.details as { kind?: string } | null)?.kind;
  const code =
    kind === 'rate_limited' || kind === 'spend_limit'
      ? 'TOO_MANY_REQUESTS'
      : kind === 'bad_output'
      ? 'UNPROCESSABLE_CONTENT'
      : kind === 'timeout'
      ? 'TIMEOUT'
      : kind === 'cancelled'
      ? 'CLIENT_CLOSED_REQUEST'
      : kind === 'invalid_input'
      ? 'BAD_REQUEST'
      : kind === 'overloaded' || kind === 'interrupted'
      ? 'SERVICE_UNAVAILABLE'
      : kind === 'provider'
      ? 'BAD_GATEWAY'
      : 'INTERNAL_SERVER_ERROR';
  return new TRPCError({ code, message: run.error ?? 'The run failed.' });
}
