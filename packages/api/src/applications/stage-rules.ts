/**
 * The rules of the hiring pipeline, as plain functions. The road to a job runs saved -> applied ->
 * screening -> interviewing -> offer -> accepted; `rejected` and `withdrawn` end it from any point.
 * Hiring never goes backwards, so a move back along the road is a correction of an earlier move:
 * the furthest stage reached is the road stage the application was on last.
 */
import { APPLICATION_STAGES, type ApplicationStage } from '@jobforge/domain';

export const ROAD = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted'] as const;
export type RoadStage = (typeof ROAD)[number];

export const ENDINGS = ['rejected', 'withdrawn'] as const satisfies readonly ApplicationStage[];

export function isRoadStage(stage: ApplicationStage): stage is RoadStage {
  return (ROAD as readonly string[]).includes(stage);
}

export function roadRank(stage: RoadStage): number {
  return ROAD.indexOf(stage);
}

/** The furthest stage reached after moving to `stage`: an ending keeps the road stage it ended on. */
export function furthestAfterMove(furthest: RoadStage, stage: ApplicationStage): RoadStage {
  return isRoadStage(stage) ? stage : furthest;
}

/**
 * Whether reaching `stage` means the application has been sent: `applied` itself, or a later road
 * stage reached without passing through it (the user skipped a column).
 */
export function meansSent(stage: ApplicationStage): boolean {
  return isRoadStage(stage) && roadRank(stage) >= roadRank('applied');
}

/** A follow-up is suggested this long after applying, while the application is still in `applied`. */
export const FOLLOW_UP_AFTER_DAYS = 7;

export { APPLICATION_STAGES };
