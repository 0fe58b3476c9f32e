/**
 * applications.moveStage: records the stage change on the timeline and applies what it means.
 * Reaching `applied` (or a later road stage without passing it) sets appliedAt and freezes what was
 * sent; moving back to `saved` undoes that; a follow-up is suggested while the application waits in
 * `applied` and withdrawn when it moves on. Moving to the stage it is already in changes nothing.
 */
import { and, applicationEvents, applications, desc, eq, type UserTx } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { fieldError, notFound } from '../errors.js';
import { suggestFollowUp, withdrawFollowUpSuggestion } from '../reminders/follow-up.js';
import { freezeSent, unfreezeSent } from './freeze-sent.js';
import { listItems } from './list-items.js';
import { notInFuture } from './timeline-event.js';
import type { MoveStageInput } from './move-stage.schema.js';
import { furthestAfterMove, meansSent, type RoadStage } from './stage-rules.js';

async function lastStageChange(db: UserTx, applicationId: string) {
  const [last] = await db
    .select({ occurredAt: applicationEvents.occurredAt })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.kind, 'stage')))
    .orderBy(desc(applicationEvents.occurredAt))
    .limit(1);
  return last?.occurredAt ?? null;
}

export async function moveStage({ ctx, input }: HandlerArgs<ProtectedContext, MoveStageInput>) {
  const { db, user } = ctx;
  const [application] = await db
    .select({
      id: applications.id,
      companyName: applications.companyName,
      stage: applications.stage,
      furthestStage: applications.furthestStage,
      appliedAt: applications.appliedAt,
    })
    .from(applications)
    .where(and(eq(applications.id, input.id), eq(applications.userId, user.id)))
    .for('update');
  if (!application) throw notFound('Application');
  if (application.stage === input.stage) return (await listItems(db, user.id, application.id))[0]!;

  const now = new Date();
  const at = input.at ?? now;
  notInFuture(at);
  const previous = await lastStageChange(db, application.id);
  if (previous && at < previous) {
    throw fieldError(
      'at',
      `must not be before the previous stage change (${previous.toISOString()}); edit that one on the timeline instead`,
    );
  }

  const stage = input.stage;
  let details: Record<string, unknown> | null = null;
  if (stage === 'saved' && application.appliedAt) {
    await unfreezeSent(db, application.id);
  } else if (meansSent(stage) && !application.appliedAt) {
    details = { sent: await freezeSent(db, user.id, application.id, at) };
  }
  if (stage === 'applied') await suggestFollowUp(db, user.id, application, application.appliedAt ?? at);
  else await withdrawFollowUpSuggestion(db, application.id);

  await db.insert(applicationEvents).values({
    userId: user.id,
    applicationId: application.id,
    kind: 'stage',
    fromStage: application.stage,
    toStage: stage,
    occurredAt: at,
    note: input.note ?? null,
    details,
  });
  await db
    .update(applications)
    .set({
      stage,
      stageChangedAt: at,
      furthestStage: furthestAfterMove(application.furthestStage as RoadStage, stage),
      updatedAt: now,
    })
    .where(eq(applications.id, application.id));
  return (await listItems(db, user.id, application.id))[0]!;
}
